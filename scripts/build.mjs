// Builds both browser packages, their store zips, and the CLI. Usage: node scripts/build.mjs
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const targets = ['chrome', 'firefox'];
for (const target of targets) {
  process.env.ALEXPOSE_TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
}
delete process.env.ALEXPOSE_TARGET;
await build({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });

rmSync('dist/zips', { recursive: true, force: true });
for (const target of targets) {
  execFileSync(
    'node_modules/.bin/web-ext',
    ['build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'dist/zips', '--filename', `alexpose-${target}.zip`, '--overwrite-dest'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
console.log('built dist/chrome, dist/firefox, dist/zips/alexpose-{chrome,firefox}.zip, dist/cli');
