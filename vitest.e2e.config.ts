import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium, one file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
