// @vitest-environment node
/**
 * Issue 30.4: of an official export only derived facts are kept. Both exports go the whole way the report page
 * sends them (reader → background import → store) and out again (report JSON, Markdown, text, in both
 * languages): no transcript, coordinate, Wi-Fi name, IP address, street or e-mail body appears anywhere, and
 * nothing is logged on the way.
 */
import { handleImport } from '../../../src/background/handle-import.ts';
import { ScanStore } from '../../../src/store/scan-store.ts';
import { readExportZip } from '../../../src/sources/export/read-export.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { formatMarkdown } from '../../../src/report/format-markdown.ts';
import { formatText } from '../../../src/report/format-text.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import { createMemoryArea, FAKE_EXTENSION_ID } from '../fake-browser.ts';
import { amazonExportFiles, chunksOf, ringExportFiles, SECRETS, zipOf } from '../../fixtures/exports/build-exports.ts';

const NOW = '2026-12-06T12:00:00.000Z';

it('keeps no transcript, coordinate, Wi-Fi name or IP address in storage or any export, and logs nothing', async () => {
  const logged: unknown[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level).mockImplementation((...args) => void logged.push(args)));
  const area = createMemoryArea();
  const store = new ScanStore(area);
  let n = 0;
  const deps = { extensionId: FAKE_EXTENSION_ID, extensionOrigin: 'chrome-extension://fake/', store, newScanId: () => `import-${n++}` };
  const amazon = await readExportZip('Amazon.zip', chunksOf(zipOf(amazonExportFiles())), NOW);
  const ring = await readExportZip('All Data Categories.zip', chunksOf(zipOf(ringExportFiles())), NOW);
  const answer = await handleImport({ type: 'alexpose/import', files: [{ results: [amazon] }, { results: [ring] }] }, { id: FAKE_EXTENSION_ID, url: 'chrome-extension://fake/src/report-page/index.html' }, deps);
  expect(answer).toEqual({ stored: 2, notStored: 0 });

  const stored = JSON.stringify([...area.data.entries()]);
  // What is kept is there: the facts the findings need.
  expect(stored).toContain('Kitchen Echo');
  expect(stored).toContain('Smart Home Enthusiasts');
  expect(stored).toMatch(/coordinates\\"?:true/);

  const { state } = await store.load();
  const outputs: string[] = [stored];
  for (const locale of ['en', 'de'] as const) {
    const t = bundledTranslator(locale);
    for (const scan of state.scans) {
      const report = buildReport(scan.results, { t, locale, toolVersion: 'test', now: NOW });
      expect(reportIssues(report)).toEqual([]);
      expect(report.exports?.length).toBe(1);
      outputs.push(JSON.stringify(report), formatMarkdown(report, t), formatText(report, t));
    }
  }
  spies.forEach((s) => s.mockRestore());
  outputs.push(JSON.stringify(logged));
  expect(logged).toEqual([]);
  for (const output of outputs) {
    for (const secret of Object.values(SECRETS)) expect(output).not.toContain(secret);
    // Not even in part: the coordinates' digits, the SSID's name, the IP address.
    expect(output).not.toMatch(/52\.52006|13\.40495|FritzBox|203\.0\.113|open the garage door|someone@example/);
  }
});
