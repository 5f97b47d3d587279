import { defineConfig } from 'vitest/config';

// Checks on the built packages (run after `npm run build`): pinned manifests and bundle contents.
export default defineConfig({
  test: { include: ['test/build/**/*.test.ts'], environment: 'node', globals: true },
});
