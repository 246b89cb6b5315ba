import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { attractPhrases } from './scripts/attractPhrasesPlugin';
import { fontSubsets } from './scripts/fonts/fontSubsetsPlugin';

export default defineConfig({
  // Renderer modules import what these build steps generate (font subsets, the attract phrases), as in the app.
  plugins: [fontSubsets(resolve('.')), attractPhrases(resolve('locales'))],
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
        test: { name: 'dom', include: ['tests/unit/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
    ],
  },
});
