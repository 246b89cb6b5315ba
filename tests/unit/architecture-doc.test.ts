import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docs/architecture.md draws the renderer's folders; this keeps the drawing true:
 * every folder it names exists, and every folder that exists is in it.
 */
const root = path.resolve(import.meta.dirname, '../..');
const doc = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
const diagram = /## Renderer layout[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';

/** Folders under renderer/ that hold tracked files, as `a`, `a/b`, … (generated, git-ignored folders are not the layout). */
function folders(): string[] {
  const files = execFileSync('git', ['ls-files', 'renderer'], { cwd: root, encoding: 'utf8' }).split('\n');
  const found = new Set<string>();
  for (const file of files) {
    const parts = file.split('/').slice(1, -1);
    for (let depth = 1; depth <= parts.length; depth += 1) found.add(parts.slice(0, depth).join('/'));
  }
  return [...found];
}

/** The diagram's lines from one top-level entry to the next. */
function section(top: string): string {
  const lines = diagram.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^[├└]── ${top}/`).test(line));
  if (start < 0) return '';
  const end = lines.findIndex((line, index) => index > start && /^[├└]── /.test(line));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

const topLevel = [...diagram.matchAll(/^[├└]── ([a-z0-9-]+)\//gm)].map((match) => match[1]);
// Parts of one illustration are that folder's own business.
const shown = folders().filter((folder) => folder !== 'patient/illustrations/parts');

describe('docs/architecture.md renderer layout', () => {
  it('has a diagram', () => {
    expect(topLevel.length).toBeGreaterThan(5);
  });

  it('names exactly the top-level folders that exist', () => {
    expect([...topLevel].sort()).toEqual(shown.filter((folder) => !folder.includes('/')).sort());
  });

  it('names every deeper folder inside its parent’s entry', () => {
    const missing = shown
      .filter((folder) => folder.includes('/'))
      .filter((folder) => {
        const [top = ''] = folder.split('/');
        const name = folder.split('/').at(-1) ?? '';
        return !new RegExp(`(^|[\\s(,])${name}/`, 'm').test(section(top).replace(/^.*?── \S+/, ''));
      });
    expect(missing).toEqual([]);
  });
});
