// @vitest-environment node
/**
 * Meta-test of the source registry (`src/model/source-ids.ts`), the way findings/registry-meta.test.ts holds the
 * finding registry: every source id is spelled only there, has a reader (or is an export source), is read from a
 * fixture under test/fixtures, has a fuzz entry, a row in the README's "What it reads" table and its name in en and
 * de. Everything is derived from the registry, the readers and the fixture folder; nothing is listed here by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { NO_SOURCE, SOURCE, sourceMessageKey, type SourceId } from '../../../src/model/source-ids.ts';
import { RING_SOURCES } from '../../../src/sources/ring/ring-sources.ts';
import { ALEXA_SOURCES } from '../../../src/sources/alexa/alexa-sources.ts';
import { EXPORT_SOURCE, readExportZip } from '../../../src/sources/export/read-export.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { readInput } from '../../../src/cli/read-input.ts';
import { MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import type { SourceResult } from '../../../src/model/records.ts';
import * as exportFixtures from '../../fixtures/exports/build-exports.ts';
import { FUZZ_INPUTS } from '../fuzz/source-inputs.ts';
import { EXPORT_FUZZ_ZIPS } from '../fuzz/export-inputs.ts';
import { NOW, REPO_ROOT } from '../fixtures.ts';

const IDS: readonly SourceId[] = Object.values(SOURCE);
const READERS = [...RING_SOURCES, ...ALEXA_SOURCES];
const EXPORT_IDS: readonly string[] = Object.values(EXPORT_SOURCE).filter((id) => (IDS as readonly string[]).includes(id));
const REGISTRY_FILE = 'src/model/source-ids.ts';

const SRC = join(REPO_ROOT, 'src');
const srcFiles = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => ({ path: `src/${f}`, text: readFileSync(join(SRC, f), 'utf8') }));

/** The ids a result reads something from (read or partial), with what held it. */
function readIds(results: readonly SourceResult[], by: string, into: Map<string, string[]>): void {
  for (const r of results) if (r.source.status === 'read' || r.source.status === 'partial') into.set(r.source.id, [...(into.get(r.source.id) ?? []), by]);
}

/** Every fixture file read the way the CLI reads it (by URL inside a HAR or saved page, else by shape). */
const FIXTURE_ROOT = join(REPO_ROOT, 'test/fixtures');
const fromFixtureFiles = new Map<string, string[]>();
for (const file of (readdirSync(FIXTURE_ROOT, { recursive: true }) as string[]).filter((f) => /\.(har|json|html?)$/.test(f)).sort())
  readIds(readInput(basename(file), readFileSync(join(FIXTURE_ROOT, file), 'utf8'), NOW), file, fromFixtureFiles);

/** Fixtures a reader reads only at its URL (`ring.device`): each fuzz entry's own fixture, read unchanged at its URL. */
const fromFuzzFixtures = new Map<string, string[]>();
for (const input of FUZZ_INPUTS)
  readIds([readCapture({ url: input.url, via: input.via ?? 'har', body: input.fixture(), capturedAt: NOW })], input.url, fromFuzzFixtures);

/** The export fixtures: every `…ExportFiles()` builder of test/fixtures/exports, zipped and read. */
const fromExportFixtures = new Map<string, string[]>();
const fromExportFuzz = new Map<string, string[]>();
beforeAll(async () => {
  const builders = Object.entries(exportFixtures).filter(([name, value]) => /ExportFiles$/.test(name) && typeof value === 'function');
  expect(builders.length).toBeGreaterThan(0); // the name pattern still finds the builders
  for (const [name, build] of builders) {
    const files = (build as () => Parameters<typeof exportFixtures.zipOf>[0])();
    readIds([await readExportZip(name, exportFixtures.chunksOf(exportFixtures.zipOf(files)), NOW)], name, fromExportFixtures);
  }
  for (const [i, zip] of EXPORT_FUZZ_ZIPS.entries())
    readIds([await readExportZip(`fuzz ${i}`, exportFixtures.chunksOf(zip), NOW)], `fuzz ${i}`, fromExportFuzz);
});

/** The source ids named in the first cell of each row of the README's "What it reads" table. */
const readmeRows = (() => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## What it reads')).split(/\n## /)[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => [...(line.split('|')[1] ?? '').matchAll(/`([a-z]+\.[a-z0-9-]+)`/g)].map((m) => m[1] as string));
})();

const message = (locale: 'en' | 'de', key: string) => MESSAGES[locale][key]?.message.trim() ?? '';

describe.each(IDS.map((id) => [id] as const))('source %s', (id) => {
  it('is spelled, quoted, only in the registry (everything else names it as SOURCE.…)', () => {
    const spelled = srcFiles.filter((f) => f.text.includes(`'${id}'`) || f.text.includes(`"${id}"`)).map((f) => f.path);
    expect(spelled).toEqual([REGISTRY_FILE]);
  });

  it('has exactly one reader, of its own service, or is an export source', () => {
    const readers = READERS.filter((r) => r.id === id);
    if (EXPORT_IDS.includes(id)) expect(readers).toEqual([]);
    else {
      expect(readers).toHaveLength(1);
      expect(readers[0]?.service).toBe(id.split('.')[0]);
    }
  });

  it('is read from a fixture under test/fixtures', () => {
    const files = [...(fromFixtureFiles.get(id) ?? []), ...(fromFuzzFixtures.get(id) ?? []), ...(fromExportFixtures.get(id) ?? [])];
    expect(files, `no fixture under test/fixtures is read by ${id}`).not.toEqual([]);
  });

  it('has a fuzz entry (test/unit/fuzz)', () => {
    if (EXPORT_IDS.includes(id)) expect(fromExportFuzz.get(id), `no zip of fuzz/export-inputs.ts is read as ${id}`).toBeDefined();
    else expect(FUZZ_INPUTS.filter((input) => input.id === id).length, `no entry for ${id} in fuzz/source-inputs.ts`).toBeGreaterThan(0);
  });

  it('has a row in the README\'s "What it reads" table', () => {
    expect(readmeRows.filter((row) => row.includes(id))).toHaveLength(1);
  });

  it('has its name in en and de', () => {
    for (const locale of ['en', 'de'] as const) {
      expect(message(locale, sourceMessageKey(id)), `${locale} ${sourceMessageKey(id)}`).not.toBe('');
      expect(message(locale, sourceMessageKey(id)), `${locale} ${sourceMessageKey(id)}`).not.toMatch(/\bTODO\b/);
    }
  });
});

it('has a reader or an export source for every id, and every reader and export source is in the registry', () => {
  expect([...READERS.map((r) => r.id), ...EXPORT_IDS].sort()).toEqual([...IDS].sort());
});

it('keeps the ids unique, and names what stands in for no source in en and de too', () => {
  expect(new Set(IDS).size).toBe(IDS.length);
  for (const id of Object.values(NO_SOURCE))
    for (const locale of ['en', 'de'] as const) expect(message(locale, sourceMessageKey(id)), `${locale} ${id}`).not.toBe('');
});

it('has no README row for a source the registry does not know', () => {
  expect(readmeRows.length).toBeGreaterThan(0); // the table is still where this test looks
  expect(readmeRows.flat().filter((id) => !(IDS as readonly string[]).includes(id))).toEqual([]);
});

it('fuzzes only sources of the registry, each input read by the source it names', () => {
  for (const input of FUZZ_INPUTS) expect(fromFuzzFixtures.get(input.id), `${input.id} at ${input.url}`).toContain(input.url);
});
