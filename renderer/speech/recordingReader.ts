import type { Reader, ReaderHooks } from './reader';
import { currentPlaybackRate, currentVolume } from './speechStore';

/** How far "Say that again" goes back in a recording, which has no blocks to go back to. */
export const REPEAT_SECONDS = 10;

/** Plays a clinic's recording of the page as one piece; pausing keeps its place. */
export function createRecordingReader(url: string, hooks: ReaderHooks): Reader {
  const audio = new Audio(url);
  const apply = () => {
    audio.volume = currentVolume();
    audio.playbackRate = currentPlaybackRate();
    // Slower, not lower: the voice keeps its pitch.
    audio.preservesPitch = true;
  };
  /**
   * play() also rejects, with an AbortError, when Pause is pressed before the
   * sound has started: that is a pause, not a failure, and must not end the reading.
   */
  const play = () => {
    audio.play().catch((error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      hooks.onFailed();
    });
  };
  audio.onended = () => hooks.onFinished();
  audio.onerror = () => hooks.onFailed();
  return {
    start() {
      apply();
      play();
    },
    pause: () => audio.pause(),
    resume() {
      apply();
      play();
    },
    repeatPart() {
      audio.currentTime = Math.max(0, audio.currentTime - REPEAT_SECONDS);
      play();
    },
    settingsChanged: apply,
    stop() {
      audio.onended = null;
      audio.onerror = null;
      audio.pause();
    },
  };
}
