import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseMetaFiles, shippedMeta } from '../core/i18n/provenance.ts';
import { LANGUAGES } from '../core/languages.ts';

const ID = 'virtual:kiosk-translation-meta';
const RESOLVED = `\0${ID}`;

/**
 * `import TRANSLATION_META from 'virtual:kiosk-translation-meta'`: every
 * locales/<code>/meta.json, validated at build time by the same parseMetaFiles
 * (same schema: a file that fails it counts as missing). The files are bundled,
 * so they cannot change after the build: checking them there is the same check,
 * and start-up reads plain data instead of loading zod and parsing sixteen files. The
 * translators' notes and review list stay out (shippedMeta): nothing in the app reads them.
 */
export function translationMeta(localesDir: string): Plugin {
  return {
    name: 'kiosk-translation-meta',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files: Record<string, unknown> = {};
      for (const { code } of LANGUAGES) {
        const file = join(localesDir, code, 'meta.json');
        this.addWatchFile(file);
        if (!existsSync(file)) continue;
        try {
          files[`locales/${code}/meta.json`] = JSON.parse(readFileSync(file, 'utf8'));
        } catch {
          // Unreadable JSON: missing, as parseMetaFiles treats a file that fails the schema.
        }
      }
      return `export default ${JSON.stringify(shippedMeta(parseMetaFiles(files)))};`;
    },
  };
}
