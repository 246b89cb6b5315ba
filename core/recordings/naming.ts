/**
 * How a clinic's recording is named: `<language>/<pageId>.<mp3|wav>` inside the
 * recordings folder, e.g. `so/neuropathy-nerves.mp3`. One rule, used by the
 * kiosk (main's manifest, the browser host's server), the recording kit's
 * script and its check, so a file the kit accepts is a file the kiosk plays.
 */
import { allPages } from '../content/navigation';
import type { ContentStructure } from '../content/schema';
import { CONTENT } from '../content/structure';
import { isLanguageCode, type LanguageCode } from '../languages';

/** MP3 (recommended: small) and PCM WAV: both play in every Chromium the kiosk runs in. */
export const RECORDING_EXTENSIONS = ['.mp3', '.wav'] as const;
export type RecordingExtension = (typeof RECORDING_EXTENSIONS)[number];

/** The extension a voice talent is asked to deliver. */
export const PREFERRED_EXTENSION: RecordingExtension = '.mp3';

/** Where recordings appear to the renderer, relative to the app's own page (app://kiosk/recordings/…). */
export const RECORDINGS_URL_PATH = 'recordings/';

/** The manifest's name when a static web server hosts the folder (the kit writes it; main builds its own). */
export const MANIFEST_FILE_NAME = 'manifest.json';

/** The offline web kiosk's cache for the list and the recordings (the worker reads it, the page fills it). */
export const RECORDINGS_OFFLINE_CACHE = 'kiosk-recordings';

/** Anything larger is not a page of speech (20 minutes of 128 kbit/s MP3 is 19 MB). */
export const MAX_RECORDING_BYTES = 40 * 1024 * 1024;

export interface RecordingName {
  language: LanguageCode;
  pageId: string;
  extension: RecordingExtension;
  /** The path as found, forward slashes: `so/neuropathy-nerves.mp3`. */
  file: string;
}

export type RecordingNameCheck = { ok: true; name: RecordingName } | { ok: false; reason: string };

export function expectedFileName(language: string, pageId: string, extension = PREFERRED_EXTENSION): string {
  return `${language}/${pageId}${extension}`;
}

function pageIds(structure: ContentStructure): ReadonlySet<string> {
  return new Set(allPages(structure).map((page) => page.id));
}

function extensionOf(fileName: string): RecordingExtension | undefined {
  const lower = fileName.toLowerCase();
  return RECORDING_EXTENSIONS.find((extension) => lower.endsWith(extension));
}

/**
 * Whether a path inside the recordings folder (forward or back slashes) names a
 * recording of a page the kiosk shows, and which. Language codes and page ids
 * are matched exactly (`zh-Hans`, not `zh-hans`): the kiosk asks for that name.
 */
export function parseRecordingPath(relativePath: string, structure: ContentStructure = CONTENT): RecordingNameCheck {
  const parts = relativePath.split(/[\\/]/).filter((part) => part !== '');
  if (parts.length !== 2) {
    return { ok: false, reason: 'not in a language folder (expected <language>/<page id>.mp3)' };
  }
  const [folder = '', fileName = ''] = parts;
  if (!isLanguageCode(folder)) return { ok: false, reason: `"${folder}" is not one of the kiosk's language codes` };
  const extension = extensionOf(fileName);
  if (!extension) return { ok: false, reason: `not an MP3 or WAV file (${RECORDING_EXTENSIONS.join(', ')})` };
  const pageId = fileName.slice(0, -extension.length);
  if (!pageIds(structure).has(pageId)) return { ok: false, reason: `"${pageId}" is not the id of any content page` };
  return { ok: true, name: { language: folder, pageId, extension, file: `${folder}/${fileName}` } };
}

/**
 * One recording per page and language. When a page has two (an MP3 and a WAV),
 * the first in sorted order (MP3) is kept and the other is reported, so what
 * plays never depends on the order the disk lists files in.
 */
export function keepOnePerPage(names: readonly RecordingName[]): {
  kept: RecordingName[];
  duplicates: RecordingName[];
} {
  const kept = new Map<string, RecordingName>();
  const duplicates: RecordingName[] = [];
  for (const name of [...names].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const key = `${name.language}/${name.pageId}`;
    if (kept.has(key)) duplicates.push(name);
    else kept.set(key, name);
  }
  return { kept: [...kept.values()], duplicates };
}
