import { execFileSync } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * `npm run release` twice, each time in a fresh clean copy of this work tree at a different path (as a
 * reviewer's clone would be): both store zips, the source zip and SHA256SUMS must come out byte for byte
 * the same. The copies hold the work tree as it is now (committed or not), so the test covers the change
 * being made.
 */
const ROOT = resolve('.');
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

function cleanCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'alexpose-repro-'));
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    try {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(ROOT, file), join(dir, file));
    } catch (error) {
      // A file deleted in the work tree but still in the index is not part of the copy.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  // Linked, not copied: quick to make and to remove (docs/building.md's clone with `cp -al` gives the same sums).
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  git(dir, 'init', '-q');
  appendFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=repro', '-c', 'user.email=repro@invalid', 'commit', '-qm', 'copy', '--no-gpg-sign');
  return dir;
}

/** Entry names from a zip's central directory (no comment, as ours are written). */
function zipNames(zip: Buffer): string[] {
  const end = zip.length - 22;
  const count = zip.readUInt16LE(end + 10);
  const names: string[] = [];
  for (let at = zip.readUInt32LE(end + 16), i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

/** Unpacks a zip of ours (local headers, no data descriptors) under `dir`, dropping the top folder. */
function unpackSource(zip: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'alexpose-repro-src-'));
  for (let at = 0; zip.readUInt32LE(at) === 0x04034b50;) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 30, at + 30 + nameLength).replace(/^[^/]+\//, '');
    const body = zip.subarray(start, start + size);
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), method === 8 ? inflateRawSync(body) : body);
    at = start + size;
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function release(dir: string): { sums: string; files: Record<string, Buffer> } {
  execFileSync(process.execPath, ['scripts/release.mjs'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const sums = readFileSync(join(dir, 'dist/release/SHA256SUMS'), 'utf8');
  const files = Object.fromEntries(
    sums
      .trim()
      .split('\n')
      .map((line) => line.split('  ')[1]!)
      .map((name) => [name, readFileSync(join(dir, 'dist/release', name))]),
  );
  return { sums, files };
}

describe('npm run release', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })), 60_000);

  it('gives the same zips and SHA256SUMS on two clean copies', { timeout: 240_000 }, () => {
    copies.push(cleanCopy(), cleanCopy());
    const [first, second] = copies.map(release);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(Object.keys(first!.files)).toEqual([`alexpose-${version}-chrome.zip`, `alexpose-${version}-firefox.zip`, `alexpose-${version}-source.zip`]);
    expect(second!.sums).toBe(first!.sums);
    // SHA256SUMS says what the files are.
    for (const [name, data] of Object.entries(first!.files)) {
      expect(first!.sums).toContain(`${createHash('sha256').update(data).digest('hex')}  ${name}\n`);
    }
    // The store zip is the built package; the source zip is the sources, without browser artefacts.
    const listing = (name: string) => zipNames(first!.files[name]!);
    expect(listing(`alexpose-${version}-firefox.zip`)).toContain('manifest.json');
    const source = listing(`alexpose-${version}-source.zip`);
    expect(source).toContain(`alexpose-${version}/package-lock.json`);
    expect(source).toContain(`alexpose-${version}/docs/building.md`);
    expect(source.some((path) => /\/(dist|node_modules|test-artifacts|store\/screenshots)\//.test(path))).toBe(false);
  });

  it('rebuilds the same store zips from the source zip alone, without git (as AMO reviews it)', { timeout: 240_000 }, () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const sourceZip = readFileSync(join(copies[0]!, 'dist/release', `alexpose-${version}-source.zip`));
    const unpacked = unpackSource(sourceZip);
    copies.push(unpacked);
    const fromSource = release(unpacked);
    const published = readFileSync(join(copies[0]!, 'dist/release/SHA256SUMS'), 'utf8');
    expect(fromSource.sums).toBe(
      published
        .split('\n')
        .filter((line) => !line.endsWith('-source.zip'))
        .join('\n'),
    );
  });
});
