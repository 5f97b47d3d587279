// @vitest-environment node
/**
 * Issue 30: the CLI reads the official Amazon and Ring data exports (zips or unzipped folders) as streams. The JSON
 * report carries `exports[]` and the findings, conforms to the report schema, and holds no transcript, coordinate,
 * Wi-Fi name or IP address of the export.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../../../src/cli/main.ts';
import type { Report } from '../../../src/model/report.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import { amazonExportFiles, ringExportFiles, SECRETS, zipOf } from '../../fixtures/exports/build-exports.ts';
import { NOW } from '../fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'alexpose-exports-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), now: () => NOW, env: {} });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) as Report };
}

const write = (name: string, content: Uint8Array) => {
  const path = join(tmp, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
};

it('reads an Amazon and a Ring export into exports[] and findings', async () => {
  const amazon = write('Amazon Data.zip', zipOf(amazonExportFiles()));
  const ring = write('All Data Categories.zip', zipOf(ringExportFiles()));
  const out = await cli(['scan', '--format', 'json', amazon, ring]);
  expect(out.code).toBe(0);
  const report = out.json();
  expect(reportIssues(report)).toEqual([]);
  expect(report.exports?.map((e) => [e.service, e.kind, e.label, e.files.length])).toEqual([
    ['amazon', 'amazon-data-export', 'Amazon Data.zip', 11],
    ['ring', 'ring-data-export', 'All Data Categories.zip', 4],
  ]);
  expect(report.findings.map((f) => f.id).sort()).toEqual([
    'amazon.export-ad-audiences',
    'amazon.export-country-history',
    'amazon.export-registered-devices',
    'amazon.export-voice-history',
    'ring.export-event-log',
    'ring.export-location-data',
  ]);
  const voice = report.findings.find((f) => f.id === 'amazon.export-voice-history');
  expect(voice?.title).toBe("Amazon's export holds Alexa voice interactions from 2019-01-05 to 2026-11-30");
  // The evidence names the export file it was read from (evidence per claim, issue 24).
  expect(voice?.evidence).toEqual({ source: 'amazon.export', location: 'Amazon Data.zip', field: 'Alexa/Alexa.VoiceHistory.csv' });
  for (const secret of Object.values(SECRETS)) expect(out.stdout + out.stderr).not.toContain(secret);
});

it('says the same in German and in Markdown, still without the secrets', async () => {
  const ring = write('ring-de.zip', zipOf(ringExportFiles()));
  const out = await cli(['scan', '--lang', 'de', '--format', 'markdown', ring]);
  expect(out.stdout).toContain('Rings Export enthält hausgenaue Koordinaten Ihres Zuhauses');
  // The inventory: every file, with rows and days.
  expect(out.stdout).toContain('## Gelesene Datenexporte');
  expect(out.stdout).toContain('| DeviceEvents\\.csv | 167 | 3 | 2024-01-02 | 2025-12-01 | gelesen |');
  for (const secret of Object.values(SECRETS)) expect(out.stdout).not.toContain(secret);
});

it('reads an unzipped export folder', async () => {
  for (const [name, data] of Object.entries(ringExportFiles())) write(`unzipped/${name}`, data as Uint8Array);
  const out = await cli(['scan', '--format', 'json', join(tmp, 'unzipped')]);
  expect(out.code).toBe(0);
  expect(out.json().exports?.[0]).toMatchObject({ service: 'ring', label: 'unzipped' });
});

it('gives each bad export its own line and exit status, keeping the good one', async () => {
  const good = write('good.zip', zipOf(ringExportFiles()));
  const empty = write('empty.zip', new Uint8Array(0));
  const notZip = write('fake.zip', new TextEncoder().encode('this is not a zip'));
  const bytes = zipOf(amazonExportFiles());
  const cut = write('cut.zip', bytes.subarray(0, Math.floor(bytes.length / 2)));
  const out = await cli(['scan', '--format', 'json', good, empty, notZip, cut]);
  expect(out.code).toBe(1);
  const lines = out.stderr.trim().split('\n');
  expect(lines).toEqual([
    'alexpose: empty.zip: The file is empty (0 bytes).',
    'alexpose: fake.zip: This file is not a zip archive.',
    expect.stringMatching(/^alexpose: cut\.zip: The zip ends in the middle of a file|^alexpose: cut\.zip: The zip's directory/),
  ]);
  const report = out.json();
  expect(report.exports?.map((e) => e.label)).toEqual(['good.zip', 'cut.zip']);
  expect(report.sources.find((s) => s.location === 'empty.zip')?.status).toBe('error');
});

it('exits 2 when nothing could be read', async () => {
  const out = await cli(['scan', write('only-empty.zip', new Uint8Array(0))]);
  expect(out.code).toBe(2);
});
