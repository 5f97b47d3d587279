#!/usr/bin/env node
// The CLI is built into dist/cli by `npm run build`.
import { existsSync } from 'node:fs';
import { CLI_SCRIPT, runCliScript } from './cli-script.js';

if (!existsSync(CLI_SCRIPT)) {
  process.stderr.write('alexpose: not built yet; run `npm run build` first\n');
  process.exit(2);
}
runCliScript();
