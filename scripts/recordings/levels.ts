/**
 * How loud a recording is: its samples decoded by audio libraries (wavefile
 * for WAV, mpg123-decoder for MP3), then the peak and the RMS level in dBFS.
 * RMS is not LUFS (no K-weighting), but for one voice in one room it is a
 * fair guide to "too quiet", "clipped" and, above all, "silent".
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WaveFile as WaveFileClass } from 'wavefile';
import { MPEGDecoder } from 'mpg123-decoder';
import type { RecordingExtension } from '../../core/recordings/naming';

export interface Levels {
  peakDbfs: number;
  rmsDbfs: number;
  decodedSeconds: number;
}

// wavefile's Node entry is a UMD bundle whose named exports Node's ESM loader cannot see.
const { WaveFile } = createRequire(import.meta.url)('wavefile') as { WaveFile: typeof WaveFileClass };

/** Samples in -1…1, one array per channel. */
type Channels = { channels: Float32Array[] | Float64Array[]; sampleRate: number };

function decodeWav(bytes: Buffer): Channels {
  const wav = new WaveFile(bytes);
  wav.toBitDepth('32f');
  const samples = wav.getSamples(false, Float64Array) as unknown as Float64Array | Float64Array[];
  const fmt = wav.fmt as { sampleRate: number };
  return { channels: samples instanceof Float64Array ? [samples] : samples, sampleRate: fmt.sampleRate };
}

async function decodeMp3(bytes: Buffer): Promise<Channels> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  try {
    const decoded = decoder.decode(new Uint8Array(bytes));
    return { channels: decoded.channelData, sampleRate: decoded.sampleRate };
  } finally {
    decoder.free();
  }
}

const toDbfs = (amplitude: number): number => (amplitude > 0 ? 20 * Math.log10(amplitude) : -Infinity);

export function levelsOf({ channels, sampleRate }: Channels): Levels {
  let peak = 0;
  let sumOfSquares = 0;
  let count = 0;
  for (const channel of channels) {
    for (const sample of channel) {
      const magnitude = Math.abs(sample);
      if (magnitude > peak) peak = magnitude;
      sumOfSquares += sample * sample;
    }
    count += channel.length;
  }
  const frames = channels[0]?.length ?? 0;
  return {
    peakDbfs: toDbfs(peak),
    rmsDbfs: count > 0 ? toDbfs(Math.sqrt(sumOfSquares / count)) : -Infinity,
    decodedSeconds: sampleRate > 0 ? frames / sampleRate : 0,
  };
}

export async function measureLevels(filePath: string, extension: RecordingExtension): Promise<Levels> {
  const bytes = readFileSync(filePath);
  return levelsOf(extension === '.wav' ? decodeWav(bytes) : await decodeMp3(bytes));
}
