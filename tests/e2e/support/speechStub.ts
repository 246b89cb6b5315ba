/**
 * A stand-in for the Web Speech API, installed before the app loads: it records
 * every utterance (text, lang, voice, volume) and every pause/resume/cancel, and
 * lets the test decide when an utterance ends, so nothing is spoken or timed out.
 */
import type { Page } from '@playwright/test';

export interface StubVoice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

export interface SpokenUtterance {
  text: string;
  lang: string;
  voice: string | null;
  volume: number;
  rate: number;
}

export interface SpeechLog {
  utterances: SpokenUtterance[];
  calls: string[];
  speaking: boolean;
}

export async function installSpeechStub(page: Page, voices: StubVoice[]): Promise<void> {
  await page.addInitScript((voiceList: StubVoice[]) => {
    type Handler = ((event: Record<string, unknown>) => void) | null;
    class FakeUtterance {
      text: string;
      lang = '';
      voice: StubVoice | null = null;
      volume = 1;
      rate = 1;
      pitch = 1;
      onstart: Handler = null;
      onend: Handler = null;
      onerror: Handler = null;
      onboundary: Handler = null;
      constructor(text = '') {
        this.text = text;
      }
    }
    const log = {
      utterances: [] as unknown[],
      calls: [] as string[],
      queue: [] as FakeUtterance[],
      current: null as FakeUtterance | null,
    };
    const startNext = () => {
      log.current = log.queue.shift() ?? null;
      log.current?.onstart?.({ utterance: log.current });
    };
    const voiceObjects = voiceList.map((v) => ({ voiceURI: v.name, default: false, ...v }));
    const synth = {
      get speaking() {
        return log.current !== null;
      },
      paused: false,
      pending: false,
      getVoices: () => voiceObjects,
      speak(utterance: FakeUtterance) {
        log.utterances.push({
          text: utterance.text,
          lang: utterance.lang,
          voice: utterance.voice?.name ?? null,
          volume: utterance.volume,
          rate: utterance.rate,
        });
        log.queue.push(utterance);
        if (!log.current) startNext();
      },
      cancel() {
        log.calls.push('cancel');
        const dropped = [log.current, ...log.queue].filter((u): u is FakeUtterance => u !== null);
        log.current = null;
        log.queue = [];
        for (const utterance of dropped) utterance.onerror?.({ error: 'canceled', utterance });
      },
      pause() {
        log.calls.push('pause');
        synth.paused = true;
      },
      resume() {
        log.calls.push('resume');
        synth.paused = false;
      },
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
      writable: true,
    });
    // Configurable, so a test can install a second stub (other voices) over the one its beforeEach installed.
    Object.defineProperty(window, '__speechStub', {
      configurable: true,
      value: {
        log,
        /** Ends the utterance being spoken; the app then speaks its next block. */
        finishCurrent() {
          const done = log.current;
          log.current = null;
          done?.onend?.({ utterance: done });
          if (!log.current) startNext();
        },
        /** The voice reached the word starting at `charIndex` of the current utterance. */
        boundary(charIndex = 0) {
          log.current?.onboundary?.({ utterance: log.current, charIndex, name: 'word' });
        },
      },
    });
  }, voices);
}

export async function speechLog(page: Page): Promise<SpeechLog> {
  return page.evaluate(() => {
    const stub = (
      window as unknown as {
        __speechStub: { log: { utterances: SpokenUtterance[]; calls: string[]; current: unknown } };
      }
    ).__speechStub;
    return { utterances: [...stub.log.utterances], calls: [...stub.log.calls], speaking: stub.log.current !== null };
  });
}

/** Lets the utterance being spoken end (as if the voice reached its last word). */
export async function finishUtterance(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { __speechStub: { finishCurrent(): void } }).__speechStub.finishCurrent(),
  );
}

/** Tells the app the voice has reached the word at `charIndex` of the utterance being spoken. */
export async function reachWord(page: Page, charIndex: number): Promise<void> {
  await page.evaluate(
    (index) => (window as unknown as { __speechStub: { boundary(i: number): void } }).__speechStub.boundary(index),
    charIndex,
  );
}

/**
 * Records every play() and pause() of an audio element (a clinic's recording)
 * while letting the real element play: the test sees which file was played.
 */
export async function installMediaLog(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.defineProperty(window, '__mediaLog', { value: calls });
    Object.defineProperty(window, '__lastMedia', { value: null, writable: true });
    const { play, pause } = HTMLMediaElement.prototype;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      calls.push(`play ${new URL(this.src).pathname}`);
      (window as unknown as { __lastMedia: HTMLMediaElement }).__lastMedia = this;
      return play.call(this);
    };
    HTMLMediaElement.prototype.pause = function (this: HTMLMediaElement) {
      calls.push(`pause ${new URL(this.src).pathname}`);
      pause.call(this);
    };
  });
}

export async function mediaLog(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __mediaLog: string[] }).__mediaLog]);
}

export interface MediaState {
  currentTime: number;
  playbackRate: number;
  preservesPitch: boolean;
  volume: number;
  paused: boolean;
}

/** The last played media element's position, speed and volume (installMediaLog must be installed). */
export async function mediaState(page: Page): Promise<MediaState | null> {
  return page.evaluate(() => {
    const media = (window as unknown as { __lastMedia: HTMLMediaElement | null }).__lastMedia;
    return media
      ? {
          currentTime: media.currentTime,
          playbackRate: media.playbackRate,
          preservesPitch: media.preservesPitch,
          volume: media.volume,
          paused: media.paused,
        }
      : null;
  });
}

/** Moves the last played media element to `seconds`, as if it had played that far. */
export async function seekMedia(page: Page, seconds: number): Promise<void> {
  await page.evaluate((to) => {
    const media = (window as unknown as { __lastMedia: HTMLMediaElement | null }).__lastMedia;
    if (media) media.currentTime = to;
  }, seconds);
}
