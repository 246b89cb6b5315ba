// The JavaScript a renderer build makes the browser fetch before the first screen:
// the entry script(s) named in index.html plus everything they import statically
// (dynamic import() chunks load later, on demand). Raw and gzip (level 9) bytes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

function entryScripts(outDir) {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  return [
    ...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g),
  ].map((m) => m[1] ?? m[2]);
}

function staticClosure(outDir, files) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(outDir, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(file), m[1]));
    }
  }
  return [...seen];
}

/** { files: [{ file, raw, gzip }], raw, gzip } for the build in outDir. */
export function initialJs(outDir) {
  const files = staticClosure(outDir, entryScripts(outDir)).map((file) => {
    const bytes = readFileSync(path.join(outDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}
