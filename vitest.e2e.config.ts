import { defineConfig } from 'vitest/config';

// Real-browser end-to-end tests, one browser after the other (two at once is slower on 2 cores).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globals: true,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
