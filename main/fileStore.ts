import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { TextStore } from '../core/storage';

export interface FileStore extends TextStore {
  /** Writes any pending text now (called before quit / relaunch). */
  flush(): void;
}

/**
 * One JSON document in a file, written atomically (temp file + fsync + rename, by
 * write-file-atomic) and debounced so a burst of changes costs one write. Writes are
 * synchronous on purpose: the files are a few KB, and a sync write can never land
 * after a newer one — the flush on quit always leaves the latest text on disk.
 */
export function createFileStore(
  file: string,
  options: { debounceMs?: number; onError?: (error: unknown) => void } = {},
): FileStore {
  const debounceMs = options.debounceMs ?? 300;
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending === null) return;
    const text = pending;
    pending = null;
    try {
      writeFileAtomic.sync(file, text, { fsync: true });
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
      pending = text;
      if (timer === undefined) timer = setTimeout(flush, debounceMs);
    },
    setAside(suffix) {
      const aside = `${file}.${suffix}`;
      renameSync(file, aside);
      return path.basename(aside);
    },
    flush,
  };
}
