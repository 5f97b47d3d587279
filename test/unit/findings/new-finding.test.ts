// @vitest-environment node
/** The scaffold, run against a copy of the few files it edits: what it writes, and what it refuses. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../fixtures.ts';

const EDITED = [
  'src/findings/registry.ts',
  'public/_locales/en/messages.json',
  'public/_locales/de/messages.json',
  'docs/knowledge-sources-ring.md',
  'docs/knowledge-sources-alexa.md',
];
let root = '';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-finding-'));
  for (const path of EDITED) cpSync(join(REPO_ROOT, path), join(root, path));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const scaffold = (...args: string[]) =>
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/new-finding.mjs'), ...args, '--root', root], { encoding: 'utf8', stdio: 'pipe' });
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const messages = (locale: string): Record<string, { message: string; description: string }> => JSON.parse(read(`public/_locales/${locale}/messages.json`));

it('writes the module, its registry line, the message and docs stubs, a records pair and a test', () => {
  const out = scaffold('alexa.guest-connect');
  expect(out).toContain('rejects TODO stubs');
  expect(read('src/findings/alexa/guest-connect.ts')).toContain("export const guestConnect = defineFinding({\n  id: 'alexa.guest-connect',");
  expect(read('src/findings/registry.ts')).toContain("import { guestConnect } from './alexa/guest-connect.ts';");
  expect(read('src/findings/registry.ts')).toMatch(/\n {2}guestConnect,\n\] as const;/);
  for (const locale of ['en', 'de']) {
    const file = messages(locale);
    for (const part of ['title', 'explanation', 'step1']) {
      expect(file[`finding_alexa_guest_connect_${part}`]?.message, `${locale} ${part}`).toMatch(/^TODO/);
      expect(file[`finding_alexa_guest_connect_${part}`]?.description).toBeTruthy();
    }
  }
  // The stubs sit beside the service's other findings; nothing else in the file moves.
  const keys = Object.keys(messages('en'));
  expect(keys[keys.indexOf('finding_alexa_guest_connect_title') - 1]).toMatch(/^finding_alexa_/);
  expect(keys.filter((k) => !k.startsWith('finding_alexa_guest_connect_'))).toEqual(
    Object.keys(JSON.parse(readFileSync(join(REPO_ROOT, 'public/_locales/en/messages.json'), 'utf8'))),
  );
  const docs = read('docs/knowledge-sources-alexa.md');
  expect(docs.indexOf('## alexa.guest-connect')).toBeGreaterThan(docs.indexOf('## amazon.registered-device'));
  expect(docs.indexOf('## alexa.guest-connect')).toBeLessThan(docs.indexOf('## Who sends what'));
  expect(read('test/unit/findings/pairs/alexa.guest-connect.ts')).toContain('export const pair: FixturePair');
  expect(read('test/unit/findings/alexa/guest-connect.test.ts')).toContain("import { pair } from '../pairs/alexa.guest-connect.ts';");
});

it('puts the service in front of a name another service has taken', () => {
  scaffold('ring.connected-app');
  expect(read('src/findings/registry.ts')).toContain("import { ringConnectedApp } from './ring/connected-app.ts';");
  expect(existsSync(join(root, 'src/findings/ring/connected-app.ts'))).toBe(true);
});

it('refuses an id that is taken (by a finding or a manual check), malformed or of an unknown service', () => {
  for (const id of ['ring.e2ee-off', 'alexa.drop-in', 'ring.E2EE', 'ring', 'nest.cameras']) expect(() => scaffold(id), id).toThrow(/new:finding/);
  expect(read('src/findings/registry.ts')).toBe(readFileSync(join(REPO_ROOT, 'src/findings/registry.ts'), 'utf8'));
});
