import { useEffect, useState } from 'react';

/** The OS's speech voices now (none where there is no speech synthesis at all). */
export function synthesisVoices(): SpeechSynthesisVoice[] {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis.getVoices() : [];
}

/** Calls `listener` whenever the voices are re-listed; returns the unsubscribe. Some engines have no such event. */
export function onVoicesChanged(listener: () => void): () => void {
  const synthesis = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
  if (typeof synthesis?.addEventListener !== 'function') return () => {};
  synthesis.addEventListener('voiceschanged', listener);
  return () => synthesis.removeEventListener('voiceschanged', listener);
}

/** The OS's speech voices. They arrive late in Chromium (after `voiceschanged`), so this follows them. */
export function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState(synthesisVoices);
  useEffect(() => {
    const update = () => setVoices(synthesisVoices());
    const stop = onVoicesChanged(update);
    update();
    return stop;
  }, []);
  return voices;
}
