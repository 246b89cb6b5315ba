/**
 * The recordings manifest: which recordings exist, so the kiosk never probes
 * for files that are not there. Main builds it at start from the clinic's
 * folder; a static web server hosting the browser build serves the one the
 * kit writes. Either way the renderer reads the same shape through its host.
 */
import { z } from 'zod';

export const RecordingsManifestSchema = z.strictObject({
  /** `<language>/<pageId>.<ext>`, forward slashes, relative to the recordings folder. */
  files: z.array(z.string().min(1).max(200)).max(10_000),
});
export type RecordingsManifest = z.infer<typeof RecordingsManifestSchema>;

export const EMPTY_MANIFEST: RecordingsManifest = { files: [] };

/** `<language>/<pageId>.mp3|wav`; whoever wrote the manifest has checked the names against the content. */
const ENTRY = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)\.(?:mp3|wav)$/i;

/**
 * Page id → file, per language. Light on purpose (it is in the patient's
 * start-up code): entries that do not look like a recording are ignored, and
 * the first entry for a page wins.
 */
export class RecordingsIndex {
  private readonly byLanguage = new Map<string, Map<string, string>>();

  constructor(manifest: RecordingsManifest) {
    for (const file of manifest.files) {
      const [, language = '', pageId = ''] = ENTRY.exec(file) ?? [];
      if (!language) continue;
      const pages = this.byLanguage.get(language) ?? new Map<string, string>();
      if (!pages.has(pageId)) pages.set(pageId, file);
      this.byLanguage.set(language, pages);
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
