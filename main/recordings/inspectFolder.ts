import { statSync } from 'node:fs';
import {
  keepOnePerPage,
  MAX_RECORDING_BYTES,
  parseRecordingPath,
  type RecordingName,
} from '../../core/recordings/naming';
import { probeAudio, type AudioProbe } from './probeAudio';
import { scanRecordingsFolder } from './scanFolder';

export interface AcceptedRecording {
  name: RecordingName;
  absolutePath: string;
  sizeBytes: number;
  probe: Extract<AudioProbe, { ok: true }>;
}

export interface RejectedFile {
  file: string;
  reason: string;
}

export interface FolderInspection {
  accepted: AcceptedRecording[];
  rejected: RejectedFile[];
}

function sizeOf(filePath: string): number | null {
  try {
    return statSync(filePath).size;
  } catch {
    return null;
  }
}

/**
 * Every file of a recordings folder, accepted (a real recording of a page, in a
 * format that plays) or rejected with the reason. The kiosk's manifest and the
 * recording kit's check are both built on this, so they never disagree.
 */
export async function inspectRecordingsFolder(root: string, options: { duration: boolean }): Promise<FolderInspection> {
  const rejected: RejectedFile[] = [];
  const candidates: AcceptedRecording[] = [];
  for (const entry of scanRecordingsFolder(root)) {
    const file = entry.relativePath;
    if (entry.kind === 'symlink') {
      rejected.push({ file, reason: 'a symbolic link: copy the recording itself into the folder' });
      continue;
    }
    if (entry.kind !== 'file') {
      rejected.push({ file, reason: 'not a regular file' });
      continue;
    }
    const named = parseRecordingPath(file);
    if (!named.ok) {
      rejected.push({ file, reason: `matches no page: ${named.reason}` });
      continue;
    }
    const sizeBytes = sizeOf(entry.absolutePath);
    if (sizeBytes === null) {
      rejected.push({ file, reason: 'could not be read' });
      continue;
    }
    if (sizeBytes === 0 || sizeBytes > MAX_RECORDING_BYTES) {
      rejected.push({ file, reason: sizeBytes === 0 ? 'empty file' : `larger than ${MAX_RECORDING_BYTES >> 20} MB` });
      continue;
    }
    const probe = await probeAudio(entry.absolutePath, named.name.extension, options);
    if (!probe.ok) rejected.push({ file, reason: probe.reason });
    else candidates.push({ name: named.name, absolutePath: entry.absolutePath, sizeBytes, probe });
  }
  const { kept, duplicates } = keepOnePerPage(candidates.map((candidate) => candidate.name));
  for (const duplicate of duplicates) {
    rejected.push({ file: duplicate.file, reason: `a second recording of ${duplicate.language}/${duplicate.pageId}` });
  }
  const keptFiles = new Set(kept.map((name) => name.file));
  return { accepted: candidates.filter((candidate) => keptFiles.has(candidate.name.file)), rejected };
}
