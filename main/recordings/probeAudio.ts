import { parseFile } from 'music-metadata';
import { judgeAudioFormat } from '../../core/recordings/audioFormat';
import type { RecordingExtension } from '../../core/recordings/naming';

export type AudioProbe =
  | {
      ok: true;
      label: string;
      sampleRate: number;
      channels: number;
      durationSeconds: number | null;
      bitrate: number | null;
    }
  | { ok: false; reason: string };

/**
 * Reads a recording's header with music-metadata (no hand-written parser) and
 * judges it. `duration: true` scans an MP3 without a length header to the end,
 * so the kiosk's start-up leaves it off and the recording kit turns it on.
 */
export async function probeAudio(
  filePath: string,
  extension: RecordingExtension,
  options: { duration: boolean },
): Promise<AudioProbe> {
  let format;
  try {
    ({ format } = await parseFile(filePath, { duration: options.duration, skipCovers: true }));
  } catch (error) {
    return { ok: false, reason: `unreadable audio (${error instanceof Error ? error.message : String(error)})` };
  }
  const verdict = judgeAudioFormat(extension, format);
  if (!verdict.ok) return verdict;
  return {
    ok: true,
    label: verdict.label,
    sampleRate: format.sampleRate ?? 0,
    channels: format.numberOfChannels ?? 0,
    durationSeconds: format.duration ?? null,
    bitrate: format.bitrate ?? null,
  };
}
