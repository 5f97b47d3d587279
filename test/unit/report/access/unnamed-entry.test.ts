/**
 * A Control Center row without a readable name (empty, or only an e-mail address that is never kept) is still
 * someone or something with access: it stays in access[] under a stated "no name" and the report conforms.
 * Found by the sources fuzz test (seed 1188185352: a Shared Users row replaced by "").
 */
import { buildReport } from '../../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../../../src/sources/read-capture.ts';
import { reportIssues } from '../../../../src/model/report-schema.ts';
import type { Locale } from '../../../../src/i18n/translate.ts';
import { NOW, fixtureOutline, outlineCapture } from '../../fixtures.ts';

function reportWithBlankRows(locale: Locale) {
  const outline = fixtureOutline('control-center-en.html');
  const before = outline.lists.reduce((n, l) => n + l.items.length, 0);
  for (const list of outline.lists) list.items = ['', ...list.items.slice(1), 'nobody@example.com'];
  const report = buildReport([readCapture(outlineCapture(outline))], { t: bundledTranslator(locale), locale, toolVersion: '0.1.0', now: NOW });
  return { report, before, lists: outline.lists.length };
}

describe('access entries whose row shows no name', () => {
  it.each(['en', 'de'] as const)('are kept under a stated no-name and the report conforms (%s)', (locale) => {
    const { report, lists } = reportWithBlankRows(locale);
    expect(lists).toBeGreaterThan(0);
    expect(reportIssues(report)).toEqual([]);
    const unnamed = (report.access ?? []).filter((e) => e.name === bundledTranslator(locale)('access_name_unnamed'));
    expect(unnamed.length).toBeGreaterThan(0);
    expect(JSON.stringify(report.access)).not.toContain('nobody@example.com');
  });
});
