// @vitest-environment node
/**
 * A regular file is read in one call of its size (src/cli/read-bounded-file.ts); what it reads and refuses must be
 * what the 64 KB chunks read: the binary test looks at the first 64 KB only, a BOM or UTF-16 is decoded, and a file
 * larger than one chunk arrives whole.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBoundedFile } from '../../../src/cli/read-bounded-file.ts';

const tmp = mkdtempSync(join(tmpdir(), 'alexpose-read-bounded-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
};
const LIMITS = { maxBytes: 1024 * 1024, idleMs: 1000, totalMs: 5000 };

describe('readBoundedFile, regular files', () => {
  it('reads a file of several chunks whole, UTF-8 with a BOM or UTF-16 LE', async () => {
    const text = `{"items":[${Array.from({ length: 20_000 }, (_, i) => `"Küche ☰ ${i}"`).join(',')}]}`;
    expect(await readBoundedFile(file('big.json', text), LIMITS)).toEqual({ ok: true, text });
    expect(await readBoundedFile(file('bom.json', `\ufeff${text}`), LIMITS)).toEqual({ ok: true, text });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await readBoundedFile(file('utf16.json', utf16), { ...LIMITS, maxBytes: 2 * utf16.length })).toEqual({ ok: true, text });
  });

  it('judges binary by the first 64 KB only, as the chunked reader did', async () => {
    const head = Buffer.from(`{"a":"${'x'.repeat(70 * 1024)}"}`);
    const late = Buffer.from(head);
    late[66 * 1024] = 0;
    expect((await readBoundedFile(file('late-nul.json', late), LIMITS)).ok).toBe(true);
    const early = Buffer.from(head);
    early[60 * 1024] = 0;
    expect(await readBoundedFile(file('early-nul.json', early), LIMITS)).toMatchObject({ ok: false, code: 'not-readable' });
  });

  it('refuses a file over the limit and names an empty one', async () => {
    expect(await readBoundedFile(file('over.json', `[${'1,'.repeat(600_000)}1]`), LIMITS)).toMatchObject({ ok: false, code: 'too-large' });
    expect(await readBoundedFile(file('empty.json', ''), LIMITS)).toMatchObject({ ok: false, code: 'empty' });
  });
});
