import { defineConfig } from 'vitest/config';

export default defineConfig({
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
