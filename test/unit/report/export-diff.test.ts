// @vitest-environment node
import { diffReports } from '../../../src/report/diff-reports.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { readExportZip } from '../../../src/sources/export/read-export.ts';
import { amazonExportFiles, chunksOf, zipOf } from '../../fixtures/exports/build-exports.ts';

const NOW = '2026-12-06T12:00:00.000Z';
const ctx = { t: bundledTranslator('en'), locale: 'en' as const, toolVersion: 'test', now: NOW };

it('a second export imported into the same account is newly read, never "newly on"', async () => {
  const first = await readExportZip('Alexa-2021.zip', chunksOf(zipOf(amazonExportFiles())), NOW);
  const second = await readExportZip('Alexa-2026.zip', chunksOf(zipOf(amazonExportFiles())), NOW);
  const changes = diffReports(buildReport([first], ctx), buildReport([first, second], ctx));
  expect(changes.filter((c) => c.kind === 'finding-added').length).toBe(4);
  expect(changes.every((c) => c.worse === false && c.newlyRead === true)).toBe(true);
});
