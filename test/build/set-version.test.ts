import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** `npm run set-version -- <new>` changes the version in package.json, the lock file and the changelog, and nothing else. */
const SCRIPT = resolve('scripts/version.mjs');
const FILES = ['package.json', 'package-lock.json', 'CHANGELOG.md'];
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alexpose-version-'));
  for (const file of FILES) copyFileSync(file, join(dir, file));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (version: string) => spawnSync(process.execPath, [SCRIPT, version], { cwd: dir, encoding: 'utf8' });
const json = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown> & { packages: Record<string, { version: string }> };

it('sets 9.8.7 in package.json, both places of the lock file, and turns "Unreleased" into a dated 9.8.7 section', () => {
  expect(run('9.8.7').status).toBe(0);
  expect(json('package.json')['version']).toBe('9.8.7');
  expect(json('package-lock.json')['version']).toBe('9.8.7');
  expect(json('package-lock.json').packages['']!.version).toBe('9.8.7');
  const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
  expect(changelog).toMatch(/\n## Unreleased\n\n## 9\.8\.7 — \d{4}-\d{2}-\d{2}\n/);
  // Everything else in the lock file is untouched (same text apart from the two version lines).
  const before = readFileSync('package-lock.json', 'utf8').split('\n');
  const after = readFileSync(join(dir, 'package-lock.json'), 'utf8').split('\n');
  expect(after.length).toBe(before.length);
  expect(after.filter((line, i) => line !== before[i])).toHaveLength(2);
});

it.each(['1.2', '1.2.3-beta', '01.2.3', 'v1.2.3', ''])('refuses %j and changes nothing', (version) => {
  const result = run(version);
  expect(result.status).toBe(2);
  for (const file of FILES) expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(file, 'utf8'));
});
