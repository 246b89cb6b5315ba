import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { attractPhrases } from './scripts/attractPhrasesPlugin';
import { fontSubsets } from './scripts/fonts/fontSubsetsPlugin';
import { translationMeta } from './scripts/translationMetaPlugin';
import { offlineKiosk } from './scripts/offlineKioskPlugin';

export default defineConfig({
  // Renderer modules import what these build steps generate (font subsets, the attract phrases, checked
  // meta, the service worker's registration module), as in the app.
  plugins: [
    fontSubsets(resolve('.')),
    attractPhrases(resolve('locales')),
    translationMeta(resolve('locales')),
    offlineKiosk('B12 Nerve Health Kiosk'),
  ],
  define: { __APP_VERSION__: JSON.stringify('test'), __APP_NAME__: JSON.stringify('B12 Nerve Health Kiosk') },
  test: {
    // 2-core CI machines: ESLint start-up and scrypt hashing can take seconds under load.
    testTimeout: 30_000,
    reporters: ['default'],
    projects: [
      // Pure code, main-process glue and renderer logic that needs no page.
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/dom/**'],
          environment: 'node',
        },
      },
      // Renderer code that touches the page (document, window, dialogs, focus), on happy-dom.
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/unit/dom/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // The page's own origin is a folder on disk, so a fetch at start (e.g. recordings/manifest.json)
          // is answered 404 instead of dialling a server that is not there.
          environmentOptions: {
            happyDOM: {
              url: 'http://localhost:3000/',
              settings: {
                fetch: { virtualServers: [{ url: 'http://localhost:3000/', directory: 'renderer/public' }] },
              },
            },
          },
        },
      },
    ],
  },
});
