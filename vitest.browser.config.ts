import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian Chromium driven by playwright-core with the built extension loaded.
// They share one browser per file and run one file at a time: two Chromiums on two cores are slow.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
