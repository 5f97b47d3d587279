import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// All tests in one config, one project per kind; the npm scripts pick one with `--project`.
// - unit: happy-dom with Preact's transform (not the extension build's config: its crx plugin would empty dist/);
// - build: checks on the built packages (after `npm run build`): pinned manifests and bundle contents;
// - e2e: real browsers, one test file after the other (two browsers at once is slower on 2 cores).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [preact()],
        test: { name: 'unit', environment: 'happy-dom', globals: true, include: ['test/unit/**/*.test.{ts,tsx}'], setupFiles: ['test/unit/setup.ts'] },
      },
      { test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node', globals: true } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globals: true,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
