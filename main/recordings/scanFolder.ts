import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE_NAME } from '../../core/recordings/naming';

/** One thing found in the recordings folder; only `file` entries can become recordings. */
export interface FolderEntry {
  /** Forward slashes, relative to the folder: `so/neuropathy-nerves.mp3`. */
  relativePath: string;
  absolutePath: string;
  kind: 'file' | 'symlink' | 'other';
}

/** Left by file managers and never a recording: not worth a warning. */
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini']);
const MAX_DEPTH = 3;
const MAX_ENTRIES = 20_000;

function ignored(entry: Dirent, depth: number): boolean {
  if (entry.name.startsWith('.') || SYSTEM_FILES.has(entry.name.toLowerCase())) return true;
  return depth === 0 && entry.name === MANIFEST_FILE_NAME;
}

/**
 * Lists the recordings folder without following symbolic links (a link could
 * point anywhere on the disk, and the kiosk serves nothing outside its two
 * roots). Throws when the folder itself cannot be read; the caller says why.
 */
export function scanRecordingsFolder(root: string): FolderEntry[] {
  const found: FolderEntry[] = [];
  const walk = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (found.length >= MAX_ENTRIES || ignored(entry, depth)) continue;
      const absolutePath = path.join(dir, entry.name);
      const relativePath = path.relative(root, absolutePath).split(path.sep).join('/');
      if (entry.isDirectory() && depth < MAX_DEPTH) walk(absolutePath, depth + 1);
      else if (entry.isDirectory()) found.push({ relativePath, absolutePath, kind: 'other' });
      else if (entry.isSymbolicLink()) found.push({ relativePath, absolutePath, kind: 'symlink' });
      else found.push({ relativePath, absolutePath, kind: entry.isFile() ? 'file' : 'other' });
    }
  };
  walk(root, 0);
  return found.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}
