#!/usr/bin/env node
// The CLI is built into dist/cli by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/alexpose.mjs', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('alexpose: not built yet; run `npm run build` first\n');
  process.exit(2);
}
// The path is this package's own build output, never user input.
// eslint-disable-next-line no-unsanitized/method
await import(entry.href);
