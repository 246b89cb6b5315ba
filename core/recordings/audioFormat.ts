/**
 * Which audio a recording may hold, judged from what an audio parser read in
 * its header: MP3 (MPEG layer III) in a `.mp3`, PCM or float PCM in a `.wav`.
 * Chromium plays both; a compressed WAV (ADPCM, GSM) or a file whose content
 * does not match its name would give the patient a Listen button that fails.
 */
import type { RecordingExtension } from './naming';

/** The header facts the decision needs (music-metadata's `format`). */
export interface HeaderFormat {
  container?: string;
  codec?: string;
  sampleRate?: number;
  numberOfChannels?: number;
}

export type FormatVerdict = { ok: true; label: string } | { ok: false; reason: string };

const WAV_CODECS = new Set(['PCM', 'IEEE_FLOAT']);

export function judgeAudioFormat(extension: RecordingExtension, format: HeaderFormat): FormatVerdict {
  const { container, codec, sampleRate, numberOfChannels } = format;
  if (!container || !codec || !sampleRate || !numberOfChannels) {
    return { ok: false, reason: 'not a readable audio file (no audio header found)' };
  }
  const kind = codec.startsWith(container) ? codec : `${container} ${codec}`;
  const label = `${kind}, ${sampleRate} Hz, ${numberOfChannels === 1 ? 'mono' : `${numberOfChannels} channels`}`;
  if (extension === '.mp3') {
    if (container !== 'MPEG' || !/Layer 3$/.test(codec)) return { ok: false, reason: `named .mp3 but holds ${label}` };
    return { ok: true, label };
  }
  if (container !== 'WAVE') return { ok: false, reason: `named .wav but holds ${label}` };
  if (!WAV_CODECS.has(codec)) return { ok: false, reason: `WAV with ${codec} compression does not play; use PCM` };
  return { ok: true, label };
}
