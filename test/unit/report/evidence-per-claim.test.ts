// @vitest-environment node
/**
 * Evidence per claim (issue 24, review blocker B2): with two cameras whose settings documents say the opposite,
 * every finding and police path must name its own camera's document and the time that document was read, in the
 * browser (capture time), from a HAR (the entry's startedDateTime) and from stored results without a read time.
 */
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { readInput } from '../../../src/cli/read-input.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import { timedResults } from '../../../src/store/inventory.ts';
import type { Capture } from '../../../src/model/capture.ts';
import type { Report } from '../../../src/model/report.ts';
import type { SourceResult } from '../../../src/model/records.ts';
import { fixtureJson, RING_API } from '../fixtures.ts';

const A = '71000001'; // E2EE off, 180 days, audio on
const B = '71000002'; // E2EE on, 30 days, audio off
const T_LIST = '2026-12-01T09:00:00.000Z';
const T_A = '2026-12-01T09:00:02.000Z';
const T_B = '2026-12-01T09:00:05.000Z'; // read last: the document a "last read of the source" would wrongly cite
const doc = (id: string) => `${RING_API}/devices/v1/devices/${id}/settings`;
const json = (name: string) => fixtureJson(`two-cameras/${name}`);

function captures(): Capture[] {
  return [
    { url: `${RING_API}/clients_api/ring_devices`, via: 'page-fetch', body: json('ring-devices.json'), capturedAt: T_LIST },
    { url: doc(A), via: 'page-fetch', body: json(`settings-${A}.json`), capturedAt: T_A },
    { url: doc(B), via: 'page-fetch', body: json(`settings-${B}.json`), capturedAt: T_B },
  ];
}

const build = (results: SourceResult[], locale: 'en' | 'de' = 'en'): Report =>
  buildReport(results, { t: bundledTranslator(locale), locale, toolVersion: '0.1.0', now: '2026-12-01T10:00:00.000Z' });

const about = (report: Report, id: string, subject: string) => report.findings.find((f) => f.id === id && f.subject.id === subject);

describe('two cameras with opposite settings, read in the browser', () => {
  const report = build(captures().map(readCapture));

  it('each camera-setting finding cites its own camera’s settings document and that document’s read time', () => {
    for (const id of ['ring.e2ee-off', 'ring.cloud-video-storage', 'ring.audio-recording']) {
      const finding = about(report, id, A);
      expect(finding?.evidence, id).toMatchObject({ source: 'ring.device-settings', location: doc(A), readAt: T_A, readAtKind: 'captured' });
    }
    // Camera B's settings say E2EE on and audio off: no such findings for it.
    expect(about(report, 'ring.e2ee-off', B)).toBeUndefined();
    expect(about(report, 'ring.audio-recording', B)).toBeUndefined();
    // Both keep cloud videos: each storage finding its own document, days and time.
    expect(about(report, 'ring.cloud-video-storage', A)?.details['days']).toBe(180);
    expect(about(report, 'ring.cloud-video-storage', B)?.evidence).toMatchObject({ location: doc(B), readAt: T_B });
    expect(about(report, 'ring.cloud-video-storage', B)?.details['days']).toBe(30);
  });

  it('no finding about camera A names camera B’s document, and the other way round', () => {
    const a = report.findings.filter((f) => f.subject.id === A).map((f) => f.evidence.location ?? '');
    const b = report.findings.filter((f) => f.subject.id === B).map((f) => f.evidence.location ?? '');
    expect(a.length).toBeGreaterThanOrEqual(3);
    expect(a.filter((l) => l.includes(B))).toEqual([]);
    expect(b.filter((l) => l.includes(A))).toEqual([]);
  });

  it('police paths carry the same evidence: the deciding field, its document and time', () => {
    const paths = new Map((report.policePaths ?? []).map((p) => [p.deviceId, p]));
    expect(paths.get(A)).toMatchObject({
      state: 'open',
      evidence: 'ring.device-settings',
      evidenceField: 'video_settings.encryption_enabled',
      evidenceLocation: doc(A),
      evidenceReadAt: T_A,
      evidenceReadAtKind: 'captured',
    });
    expect(paths.get(B)).toMatchObject({ state: 'closed-e2ee', evidenceLocation: doc(B), evidenceReadAt: T_B });
  });

  it('every source has its own read time; the report validates against the contract', () => {
    expect(report.sources.map((s) => [s.location, s.readAt, s.readAtKind])).toEqual([
      ['/api/cgw/clients_api/ring_devices', T_LIST, 'captured'],
      [`/api/cgw/devices/v1/devices/${A}/settings`, T_A, 'captured'],
      [`/api/cgw/devices/v1/devices/${B}/settings`, T_B, 'captured'],
    ]);
    expect(reportIssues(JSON.parse(JSON.stringify(report)))).toEqual([]);
  });

  it('a field only the device list stated cites the device list, with the list’s own time', () => {
    const listOnly = build([readCapture(captures()[0]!)]);
    expect(about(listOnly, 'ring.audio-recording', A)?.evidence).toMatchObject({
      source: 'ring.devices',
      field: 'settings.enable_audio_recording',
      location: `${RING_API}/clients_api/ring_devices`,
      readAt: T_LIST,
    });
  });
});

describe('the same account from a HAR', () => {
  const entry = (url: string, body: unknown, started: string) => ({
    startedDateTime: started,
    request: { method: 'GET', url, headers: [] },
    response: { status: 200, headers: [], content: { mimeType: 'application/json', text: JSON.stringify(body) } },
  });
  const har = (withTimes: boolean) =>
    JSON.stringify({
      log: {
        version: '1.2',
        entries: captures().map((c) => {
          const e = entry(c.url ?? '', c.body, c.capturedAt.replace('Z', '+00:00'));
          if (!withTimes) delete (e as Partial<typeof e>).startedDateTime;
          return e;
        }),
      },
    });

  it('cites the entry’s URL, its startedDateTime (kind har-entry) and the HAR file', () => {
    const report = build(readInput('two-cameras.har', har(true), '2026-12-01T11:00:00.000Z'));
    expect(about(report, 'ring.e2ee-off', A)?.evidence).toMatchObject({
      location: doc(A),
      readAt: '2026-12-01T09:00:02.000+00:00',
      readAtKind: 'har-entry',
      file: 'two-cameras.har',
    });
    expect(report.sources.every((s) => s.file === 'two-cameras.har' && s.readAtKind === 'har-entry')).toBe(true);
  });

  it('without startedDateTime, the file’s read time, said as such', () => {
    const report = build(readInput('two-cameras.har', har(false), '2026-12-01T11:00:00.000Z'));
    expect(about(report, 'ring.e2ee-off', A)?.evidence).toMatchObject({ location: doc(A), readAt: '2026-12-01T11:00:00.000Z', readAtKind: 'file' });
  });

  it('a bare settings JSON names the file it was read from', () => {
    const results = [
      ...readInput('ring-devices.json', JSON.stringify(json('ring-devices.json')), '2026-12-01T11:00:00.000Z'),
      ...readInput(`${A}-settings.json`, JSON.stringify(json(`settings-${A}.json`)), '2026-12-01T11:00:01.000Z'),
    ];
    const report = build(results);
    expect(about(report, 'ring.e2ee-off', A)?.evidence).toMatchObject({
      location: `${A}-settings.json`,
      readAt: '2026-12-01T11:00:01.000Z',
      readAtKind: 'file',
    });
  });
});

describe('stored results from before read times were kept', () => {
  it('get their scan’s time, named as such, never a capture time', () => {
    const stripped = captures()
      .map(readCapture)
      .map(({ source: { readAt: _r, readAtKind: _k, ...source }, records }) => ({ source, records }));
    const results = timedResults({ updatedAt: '2026-11-30T08:00:00.000Z', results: stripped } as Parameters<typeof timedResults>[0]);
    const report = build(results);
    expect(about(report, 'ring.e2ee-off', A)?.evidence).toMatchObject({ location: doc(A), readAt: '2026-11-30T08:00:00.000Z', readAtKind: 'scan' });
  });

  it('a source with no time at all gets the report’s time, said as such', () => {
    const stripped = captures()
      .map(readCapture)
      .map(({ source: { readAt: _r, readAtKind: _k, ...source }, records }) => ({ source, records }));
    const report = build(stripped);
    expect(report.sources.every((s) => s.readAt === '2026-12-01T10:00:00.000Z' && s.readAtKind === 'report')).toBe(true);
    // The finding names its document; with no read time known for it, it claims none.
    expect(about(report, 'ring.e2ee-off', A)?.evidence.location).toBe(doc(A));
    expect(about(report, 'ring.e2ee-off', A)?.evidence.readAt).toBeUndefined();
  });
});
