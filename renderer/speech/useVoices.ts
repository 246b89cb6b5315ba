import { useEffect, useState } from 'react';

function synthesisVoices(): SpeechSynthesisVoice[] {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis.getVoices() : [];
}

/** The OS's speech voices. They arrive late in Chromium (after `voiceschanged`), so this follows them. */
export function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState(synthesisVoices);
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const update = () => setVoices(synthesisVoices());
    window.speechSynthesis.addEventListener('voiceschanged', update);
    update();
    return () => window.speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}
