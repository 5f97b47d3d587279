#!/usr/bin/env node
// The CLI is built into dist/cli by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/alexpose.mjs', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('alexpose: not built yet; run `npm run build` first\n');
  process.exit(2);
}
await import(entry.href);
