import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { TextStore } from '../core/storage';

export interface FileStore extends TextStore {
  /** Writes any pending text now (called before quit / relaunch). */
  flush(): void;
}

/** Damaged copies kept per file; older ones are deleted, so a file damaged at every start cannot fill the disk. */
export const BAD_COPIES_KEPT = 5;

/** The temp files write-file-atomic leaves when a process dies mid-write: "<name>.<digits>". */
function isTempFileOf(base: string, name: string): boolean {
  return name.startsWith(`${base}.`) && /^\d+$/.test(name.slice(base.length + 1));
}

/**
 * Removes the temp files interrupted writes left beside these files (a kiosk killed or powered
 * off mid-write). Runs at start, before anything writes: the single-instance lock means no
 * other write can be under way. Returns how many it removed.
 */
export function removeInterruptedWrites(dir: string, fileNames: readonly string[]): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  const orphans = names.filter((name) => fileNames.some((base) => isTempFileOf(base, name)));
  for (const orphan of orphans) rmSync(path.join(dir, orphan), { force: true });
  return orphans.length;
}

/** Moves a damaged file aside under a name no earlier copy has, and keeps only the newest few copies. */
function setAsideUnique(file: string, suffix: string): string {
  let aside = `${file}.${suffix}`;
  for (let n = 2; existsSync(aside); n += 1) aside = `${file}.${suffix}-${n}`;
  renameSync(file, aside);
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.bad-`;
  const copies = readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .sort();
  for (const old of copies.slice(0, Math.max(0, copies.length - BAD_COPIES_KEPT)))
    rmSync(path.join(dir, old), { force: true });
  return path.basename(aside);
}

/**
 * One JSON document in a file, written atomically (temp file + fsync + rename, by
 * write-file-atomic). `debounceMs: 0` writes at once and throws when it cannot, so an
 * acknowledged save is on disk (settings: rare, and must survive a power cut); a debounce
 * turns a burst of changes into one write (usage counts). Writes are synchronous on purpose:
 * a sync write can never land after a newer one, and the flush on quit leaves the latest text.
 */
export function createFileStore(
  file: string,
  options: { debounceMs?: number; onError?: (error: unknown) => void } = {},
): FileStore {
  const debounceMs = options.debounceMs ?? 300;
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const writeNow = (text: string) => writeFileAtomic.sync(file, text, { fsync: true });

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending === null) return;
    const text = pending;
    pending = null;
    try {
      writeNow(text);
    } catch (error) {
      options.onError?.(error);
    }
  };

  return {
    read() {
      if (pending !== null) return pending;
      try {
        return readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    write(text) {
      if (debounceMs === 0) return writeNow(text);
      pending = text;
      if (timer === undefined) timer = setTimeout(flush, debounceMs);
    },
    setAside: (suffix) => setAsideUnique(file, suffix),
    flush,
  };
}
