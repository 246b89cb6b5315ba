import type { ReadableBlock } from './readableBlocks';
import { highlight, type Reader, type ReaderHooks } from './reader';
import { currentRate, currentVolume } from './speechStore';

/**
 * Reads blocks one utterance each with a local voice. The place is kept as
 * (block, character): word boundaries move it on, so Pause — a cancel, since
 * engines such as speech-dispatcher ignore pause() — and Resume carry on from
 * the word that was being spoken, and a new volume or speed restarts there too.
 */
export function createVoiceReader(voice: SpeechSynthesisVoice, blocks: ReadableBlock[], hooks: ReaderHooks): Reader {
  let index = 0;
  let offset = 0;
  // Each utterance belongs to one generation; events of a cancelled one are ignored.
  let generation = 0;

  const silence = () => {
    generation += 1;
    window.speechSynthesis.cancel();
  };

  const speak = () => {
    const block = blocks[index];
    if (!block) {
      highlight(null);
      hooks.onFinished();
      return;
    }
    highlight(block.element);
    const mine = (generation += 1);
    const from = offset;
    const utterance = new SpeechSynthesisUtterance(block.text.slice(from));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.volume = currentVolume();
    utterance.rate = currentRate();
    utterance.onstart = () => mine === generation && hooks.onActivity();
    utterance.onboundary = (event) => {
      if (mine !== generation) return;
      if (event.name !== 'sentence') offset = from + event.charIndex;
      hooks.onActivity();
    };
    utterance.onend = () => {
      if (mine !== generation) return;
      index += 1;
      offset = 0;
      speak();
    };
    utterance.onerror = (event) => {
      // "interrupted"/"canceled" come from our own cancel; anything else ends the reading cleanly.
      if (mine === generation && event.error !== 'interrupted' && event.error !== 'canceled') hooks.onFailed();
    };
    window.speechSynthesis.speak(utterance);
  };

  const restartHere = () => {
    silence();
    speak();
  };

  return {
    start: speak,
    pause: silence,
    resume: speak,
    repeatPart() {
      offset = 0;
      restartHere();
    },
    settingsChanged: restartHere,
    stop() {
      silence();
      highlight(null);
    },
  };
}
