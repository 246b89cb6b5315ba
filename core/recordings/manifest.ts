/**
 * The recordings manifest: which recordings exist, so the kiosk never probes
 * for files that are not there. Main builds it at start from the clinic's
 * folder; a static web server hosting the browser build serves the one the
 * kit writes. Either way the renderer reads the same shape through its host.
 */
import { z } from 'zod';
import type { ContentStructure } from '../content/schema';
import { CONTENT } from '../content/structure';
import { parseRecordingPath, type RecordingName } from './naming';

export const RecordingsManifestSchema = z.strictObject({
  /** `<language>/<pageId>.<ext>`, forward slashes, relative to the recordings folder. */
  files: z.array(z.string().min(1).max(200)).max(10_000),
});
export type RecordingsManifest = z.infer<typeof RecordingsManifestSchema>;

export const EMPTY_MANIFEST: RecordingsManifest = { files: [] };

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

/** Page id → file, per language, for the entries of a manifest that name a real page (others are ignored). */
export class RecordingsIndex {
  private readonly byLanguage = new Map<string, Map<string, string>>();

  constructor(manifest: RecordingsManifest, structure: ContentStructure = CONTENT) {
    const names = manifest.files.flatMap((file) => {
      const check = parseRecordingPath(file, structure);
      return check.ok ? [check.name] : [];
    });
    for (const name of keepOnePerPage(names).kept) {
      const pages = this.byLanguage.get(name.language) ?? new Map<string, string>();
      pages.set(name.pageId, name.file);
      this.byLanguage.set(name.language, pages);
    }
  }

  /** The file for this page in this language, relative to the recordings folder, or null. */
  fileFor(language: string, pageId: string): string | null {
    return this.byLanguage.get(language)?.get(pageId) ?? null;
  }

  /** How many pages have a recording in this language. */
  countFor(language: string): number {
    return this.byLanguage.get(language)?.size ?? 0;
  }
}
