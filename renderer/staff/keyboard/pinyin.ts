/** Pinyin input for Simplified Chinese, from the candidate lists simple-keyboard-layouts ships. */

export const CANDIDATES_PER_PAGE = 10;

/** The characters a pinyin spelling can mean, most common first (as the list gives them). */
export function candidatesFor(table: Readonly<Record<string, string>>, spelling: string): string[] {
  const list = table[spelling.toLowerCase()];
  return list ? list.split(' ').filter((candidate) => candidate !== '') : [];
}

/** One page of candidates, and how many pages there are. */
export function candidatePage(all: readonly string[], page: number): { shown: string[]; pages: number } {
  const pages = Math.max(1, Math.ceil(all.length / CANDIDATES_PER_PAGE));
  const safe = Math.min(Math.max(0, page), pages - 1);
  return { shown: all.slice(safe * CANDIDATES_PER_PAGE, (safe + 1) * CANDIDATES_PER_PAGE), pages };
}
