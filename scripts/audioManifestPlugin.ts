import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Every `<lang>/<pageId>.mp3` under the audio folder, with forward slashes, sorted. */
export function listRecordings(audioDir: string): string[] {
  if (!existsSync(audioDir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(audioDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.toLowerCase().endsWith('.mp3')) continue;
    const file = relative(audioDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    // Exactly one folder deep: the language.
    if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*\/[A-Za-z0-9._-]+\.mp3$/.test(file)) found.push(file);
  }
  return found.sort();
}

/**
 * Writes `audio/manifest.json` (the recordings a clinic dropped into
 * renderer/public/audio) into the build, and serves it in development, so the
 * kiosk knows which recordings exist without probing for missing files.
 */
export function audioManifest(audioDir: string): Plugin {
  const manifest = () => `${JSON.stringify({ files: listRecordings(audioDir) }, null, 2)}\n`;
  return {
    name: 'kiosk-audio-manifest',
    configureServer(server) {
      server.middlewares.use('/audio/manifest.json', (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(manifest());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'audio/manifest.json', source: manifest() });
    },
  };
}
