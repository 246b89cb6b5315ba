import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test'), __APP_NAME__: JSON.stringify('B12 Nerve Health Kiosk') },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // 2-core CI machines: ESLint start-up and scrypt hashing can take seconds under load.
    testTimeout: 30_000,
    reporters: ['default'],
  },
});
