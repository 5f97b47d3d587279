// @vitest-environment node
/**
 * The Markdown export as an auditor reads it (issue 24, review M7): police paths, the device inventory with whose
 * each device is, each source's read time and document, the history of changes, and no Markdown escape in the
 * report's own words ("Ende-zu-Ende", not "Ende\-zu\-Ende").
 */
import { buildReport } from '../../../src/report/build-report.ts';
import { formatMarkdown } from '../../../src/report/format-markdown.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import type { Capture } from '../../../src/model/capture.ts';
import type { Report } from '../../../src/model/report.ts';
import { fixtureJson, RING_API } from '../fixtures.ts';

const A = '71000001';
const B = '71000002';
const doc = (id: string) => `${RING_API}/devices/v1/devices/${id}/settings`;

function report(locale: 'en' | 'de'): Report {
  const captures: Capture[] = [
    {
      url: `${RING_API}/clients_api/ring_devices`,
      via: 'page-fetch',
      body: fixtureJson('two-cameras/ring-devices.json'),
      capturedAt: '2026-12-01T09:00:00.000Z',
    },
    { url: doc(A), via: 'page-fetch', body: fixtureJson(`two-cameras/settings-${A}.json`), capturedAt: '2026-12-01T09:00:02.000Z' },
    { url: doc(B), via: 'page-fetch', body: fixtureJson(`two-cameras/settings-${B}.json`), capturedAt: '2026-12-01T09:00:05.000Z' },
  ];
  const built = buildReport(captures.map(readCapture), { t: bundledTranslator(locale), locale, toolVersion: '0.1.0', now: '2026-12-01T10:00:00.000Z' });
  // The report page adds the account's history to its exports (src/report-page/overview/export-history.ts).
  return {
    ...built,
    history: [
      { scanId: 's1', at: '2026-11-30T08:00:00.000Z', origin: 'https://account.ring.com', sources: 3, firstRead: true, changes: [] },
      {
        scanId: 's2',
        at: '2026-12-01T09:00:05.000Z',
        origin: 'https://account.ring.com',
        sources: 3,
        firstRead: false,
        changes: [
          {
            kind: 'finding-added',
            findingId: 'ring.e2ee-off',
            subject: { type: 'device', id: A, name: 'Einfahrt' },
            worse: true,
            text: 'Newly on: Ring can open this camera’s videos (Einfahrt)',
          },
        ],
      },
    ],
  };
}

describe.each(['en', 'de'] as const)('Markdown export (%s)', (locale) => {
  const r = report(locale);
  const md = formatMarkdown(r, bundledTranslator(locale));
  const section = (heading: string) => {
    const start = md.indexOf(`## ${heading}`);
    const next = md.indexOf('\n## ', start + 3);
    return start < 0 ? '' : md.slice(start, next < 0 ? undefined : next);
  };
  const t = bundledTranslator(locale);

  it('still validates against the contract with its history', () => {
    expect(reportIssues(JSON.parse(JSON.stringify(r)))).toEqual([]);
  });

  it('lists each source with its read time (ISO, with offset) and its exact document', () => {
    const sources = section(t('cli_sources_heading'));
    expect(sources).toContain('`2026-12-01T09:00:02.000Z`');
    expect(sources).toContain(t('read_at_kind_captured'));
    expect(sources).toContain(`devices/v1/devices/${A}/settings`);
    expect(sources).toContain(`devices/v1/devices/${B}/settings`);
  });

  it('lists the devices with whose they are', () => {
    const devices = section(t('cli_devices_heading', ['2']));
    expect(devices.split('\n').filter((l) => l.startsWith('| Einfahrt') || l.startsWith('| Terrasse'))).toHaveLength(2);
    expect(devices).toContain(`| ${t('md_owned_yes')} |`);
  });

  it('carries the police path per camera, each with its own document and read time', () => {
    const police = section(t('popup_police_heading'));
    const lineA = police.split('\n').findIndex((l) => l.includes('**Einfahrt**'));
    const lineB = police.split('\n').findIndex((l) => l.includes('**Terrasse**'));
    const lines = police.split('\n');
    expect(lines[lineA + 1]).toContain(`devices/v1/devices/${A}/settings`);
    expect(lines[lineA + 1]).toContain('2026-12-01T09:00:02.000Z');
    expect(lines[lineB + 1]).toContain(`devices/v1/devices/${B}/settings`);
    expect(lines[lineB + 1]).toContain('2026-12-01T09:00:05.000Z');
  });

  it('each finding names its own document', () => {
    const e2ee = md.split('\n').find((l) => l.startsWith('`ring.e2ee-off`'));
    expect(e2ee).toContain(`devices/v1/devices/${A}/settings`);
    expect(e2ee).not.toContain(B);
  });

  it('has the history of changes, newest first', () => {
    const history = section(t('report_history_heading'));
    expect(history.indexOf('2026-12-01T09:00:05.000Z')).toBeLessThan(history.indexOf('2026-11-30T08:00:00.000Z'));
    expect(history).toContain('▲ Newly on: Ring can open this camera’s videos (Einfahrt)');
    expect(history).toContain(t('report_history_first_read'));
  });

  it('no Markdown escape leaks into the report’s own words', () => {
    expect(md).not.toMatch(/\w\\-\w/);
    expect(md).not.toContain("\\'");
    if (locale === 'de') expect(md).toContain('Ende-zu-Ende');
  });
});
