/** What the voice talent and the person recording need to know; printed on the script and in docs/accessibility.md. */
export const RECORDING_GUIDE: readonly string[] = [
  'Record one file per page and name it exactly as shown above the page (language folder, then the page id).',
  'Read every numbered line, in order, and nothing else. Leave a short pause between lines.',
  'Speak slowly and clearly, as to an older person who does not hear well. The kiosk also offers a slower speed.',
  'Quiet room, no music, the microphone about a hand-width from the mouth; half a second of silence at the start and end.',
  'Deliver MP3 (mono, 44.1 kHz, 128 kbit/s or more) or WAV (PCM). Keep the level steady across files: speech peaks near -3 dBFS.',
  'Before the files go to the kiosks, run: npm run recordings:check <folder>. It lists missing pages, silent files and wrong names.',
];
