import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Log files kept besides the current one: one burst of errors can fill one file, never erase the history. */
export const LOG_FILES_KEPT = 5;

/**
 * Rotates main.log → main.1.log → … → main.5.log (the oldest is deleted), so the log holds
 * several megabytes of history instead of electron-log's default single old file.
 */
export function rotateLogFiles(current: string, kept: number = LOG_FILES_KEPT): void {
  const { dir, name, ext } = path.parse(current);
  const numbered = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  rmSync(numbered(kept), { force: true });
  for (let n = kept - 1; n >= 1; n -= 1) if (existsSync(numbered(n))) renameSync(numbered(n), numbered(n + 1));
  renameSync(current, numbered(1));
}
