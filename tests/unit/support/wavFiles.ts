/** Small WAV files made in the test (wavefile), with sound that has the shape of speech, or with silence. */
import { createRequire } from 'node:module';
import type { WaveFile as WaveFileClass } from 'wavefile';

const { WaveFile } = createRequire(import.meta.url)('wavefile') as { WaveFile: typeof WaveFileClass };
const RATE = 16_000;

/**
 * A voiced sound: a 140 Hz fundamental with falling harmonics, its loudness
 * rising and falling four times a second like syllables, scaled to `peak` (0…1).
 */
export function voiceLikeWav(seconds: number, peak = 0.7): Buffer {
  const samples = new Float32Array(Math.round(RATE * seconds));
  for (let i = 0; i < samples.length; i += 1) {
    const t = i / RATE;
    const syllables = 0.5 - 0.5 * Math.cos(2 * Math.PI * 4 * t);
    let tone = 0;
    for (let harmonic = 1; harmonic <= 8; harmonic += 1) tone += Math.sin(2 * Math.PI * 140 * harmonic * t) / harmonic;
    samples[i] = syllables * tone;
  }
  const loudest = samples.reduce((max, x) => Math.max(max, Math.abs(x)), 0);
  return toWav(samples.map((x) => (x / loudest) * peak));
}

export function silentWav16(seconds: number): Buffer {
  return toWav(new Float32Array(Math.round(RATE * seconds)));
}

function toWav(samples: Float32Array): Buffer {
  const pcm = Int16Array.from(samples, (x) => Math.round(Math.max(-1, Math.min(1, x)) * 32767));
  const wav = new WaveFile();
  wav.fromScratch(1, RATE, '16', pcm);
  return Buffer.from(wav.toBuffer());
}
