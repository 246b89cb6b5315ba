import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../core/languages.ts';
import { touchToStartPhrase } from './fonts/fontPlan.ts';

const ID = 'virtual:kiosk-attract-phrases';
const RESOLVED = `\0${ID}`;

/**
 * `import phrases from 'virtual:kiosk-attract-phrases'`: each language's "Touch to
 * start" (untranslated ones left out), read from locales/ at build time, so the
 * attract screen cycles them without fetching fifteen languages' words at start-up.
 */
export function attractPhrases(localesDir: string): Plugin {
  return {
    name: 'kiosk-attract-phrases',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const phrases: Record<string, string> = {};
      for (const { code } of LANGUAGES) {
        this.addWatchFile(join(localesDir, code, 'ui.json'));
        const phrase = touchToStartPhrase(localesDir, code);
        if (phrase !== '') phrases[code] = phrase;
      }
      return `export default ${JSON.stringify(phrases)};`;
    },
  };
}
