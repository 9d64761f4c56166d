import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fails any test whose runtime warned (see the file).
    setupFiles: ['test/support/runtimeWarnings.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
