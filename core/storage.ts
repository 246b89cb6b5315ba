/**
 * Where a host keeps one document (settings or usage counts): a file in userData
 * in Electron, a localStorage key in the browser. Core services see only this.
 */
export interface TextStore {
  /** The stored text, or null when nothing has been stored yet. */
  read(): string | null;
  /** Replaces the stored text (hosts may debounce; an immediate store throws when it cannot write, and nothing changes). */
  write(text: string): void;
  /** Keeps the current (damaged) text under a new name with this suffix (never over an earlier copy); returns that name. */
  setAside(suffix: string): string;
}

/** Suffix for a damaged copy: "bad-2026-11-23T21-19-16-123Z" (no colons, so it is a valid Windows file name). */
export function badCopySuffix(now: Date): string {
  return `bad-${now.toISOString().replace(/[:.]/g, '-')}`;
}

export { errorText } from './clip';
