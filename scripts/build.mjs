// Builds both browser packages, their store zips, and the CLI. Usage: node scripts/build.mjs
import { build } from 'vite';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { entriesOfDir, writeZip } from './release-zip.mjs';

// A production build whatever the shell says: with NODE_ENV=test or development the JSX transform emits
// jsxDEV calls carrying each component's absolute path, so the zips depended on where the tree was.
process.env.NODE_ENV = 'production';
const targets = ['chrome', 'firefox'];
for (const target of targets) {
  process.env.ALEXPOSE_TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  // The MAIN-world observer runs in the page: its frames in the page's error stacks (a fetch that fails inside the
  // wrapper) must not name the extension's URL and id. A sourceURL names the script in stacks instead of its file.
  appendFileSync(`dist/${target}/src/content/page-observer.iife.js`, '\n//# sourceURL=<anonymous>\n');
}
delete process.env.ALEXPOSE_TARGET;
await build({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });
// The CLI's code cache, made by running it once (its report goes nowhere).
const cache = spawnSync(process.execPath, ['scripts/cli-code-cache.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (cache.error || !existsSync('dist/cli/alexpose.cache')) throw new Error(`the CLI's code cache was not written (exit ${cache.status})`);

// Zipped by our own writer, not `web-ext build`: its entries carry the files' mtimes, so no two builds matched.
rmSync('dist/zips', { recursive: true, force: true });
mkdirSync('dist/zips', { recursive: true });
for (const target of targets) writeZip(`dist/zips/alexpose-${target}.zip`, entriesOfDir(`dist/${target}`));
console.log('built dist/chrome, dist/firefox, dist/zips/alexpose-{chrome,firefox}.zip, dist/cli');
