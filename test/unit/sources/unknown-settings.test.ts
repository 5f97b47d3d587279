/**
 * Settings Alexposé does not know are never silent (issue 28 item 2): unknown switches on the Control Center
 * (both markups the outline reader handles) and on Alexa Privacy, and unknown feature blocks of Ring device
 * documents, go to the report's `unknownSettings` with their state, place and read time; known ones never do,
 * and none of them is scored.
 * Feature blocks follow the shape of the public 2026 captures (`features.<name>.{eligibility, enablement:{allowed,
 * enabled, disallow_reasons}}`, portpowered/go-ring tests/replay/fixtures/http/captured/variants/device-detail-02.json);
 * the feature names `porch_memories` and `neighborhood_mesh` and every value here are invented.
 */
import { readCapture } from '../../../src/sources/read-capture.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import type { SourceResult } from '../../../src/model/records.ts';
import type { Capture } from '../../../src/model/capture.ts';
import { NOW, RING_API, devicesCapture, fixtureJson, fixtureOutline, outlineCapture } from '../fixtures.ts';

const t = (key: string, subs?: readonly string[]) => [key, ...(subs ?? [])].join('|');
const ctx = { t, locale: 'en' as const, toolVersion: '0.0.0-test', now: NOW };

const feature = (enabled: unknown) => ({
  eligibility: { eligible: true, ineligibility_reasons: [] },
  enablement: { allowed: true, enabled, disallow_reasons: [] },
});

/** The device list fixture with feature blocks added to its first camera: two unknown (on, off), one known (on). */
function devicesWithFeatures(): { body: unknown; cameraId: string; cameraName: string } {
  const body = structuredClone(fixtureJson('ring-devices.json')) as Record<string, Record<string, unknown>[]>;
  const camera = body['stickup_cams']?.[0] ?? body['doorbots']?.[0];
  if (!camera) throw new Error('fixture has no camera');
  camera['features'] = {
    ...(typeof camera['features'] === 'object' ? camera['features'] : {}),
    porch_memories: feature(true),
    neighborhood_mesh: feature(false),
    person_identification: feature(true),
    video_donation: { eligibility: { eligible: true, ineligibility_reasons: [] } },
  };
  return { body, cameraId: String(camera['id']), cameraName: String(camera['description']) };
}

describe('unknown Control Center switches', () => {
  it('keeps a switch it cannot interpret, with its state, page and read time (first markup: role="switch")', () => {
    const r = readCapture(outlineCapture(fixtureOutline('control-center-en.html')));
    expect(r.records.unknownSettings).toEqual([
      { service: 'ring', label: 'Event Highlights Reel', state: 'on', where: '/account/control-center', readAt: NOW },
    ]);
    // Known switches of the same page are settings, never unknown.
    expect(r.records.ringControlSettings?.map((s) => s.key)).toEqual(expect.arrayContaining(['community-requests', 'neighbors', 'sidewalk']));
  });

  it('reads them in the second markup too (aria-pressed, aria-checked on a div), mixed as unreadable, contacts scrubbed', () => {
    const r = readCapture(
      outlineCapture(fixtureOutline('control-center-alt-markup-new-switches.html'), 'https://account.ring.com/account/control-center/community'),
    );
    const unknown = (r.records.unknownSettings ?? []).map((u) => [u.label, u.state]);
    expect(unknown).toEqual([
      ['Porch Memories', 'on'],
      ['Neighbourhood Insights (share with [email])', 'off'],
      ['Camera Helpers', null],
    ]);
    expect(JSON.stringify(r.records)).not.toContain('example.invalid');
    expect(unknown.map(([label]) => label)).not.toContain('Neighbors');
    expect(r.records.ringControlSettings?.map((s) => [s.key, s.state])).toEqual(
      expect.arrayContaining([
        ['neighbors', 'off'],
        ['community-requests', 'on'],
      ]),
    );
  });
});

describe('unknown Alexa Privacy switches', () => {
  const page = (controls: unknown[]): Capture => ({
    url: 'https://www.amazon.de/alexa-privacy/apd/myad',
    via: 'page-outline',
    body: { kind: 'page-outline', lang: 'de', title: 'Alexa-Datenschutz', headings: ['Ihre Alexa-Daten verwalten'], controls, lists: [], texts: [] },
    capturedAt: NOW,
  });
  it('keeps an unknown switch, and not a known one', () => {
    const r = readCapture(
      page([
        { kind: 'switch', label: 'Alexa+ Erinnerungen aus Dokumenten', context: '', state: 'on', section: null },
        { kind: 'switch', label: 'Verwendung von Sprachaufnahmen', context: '', state: 'off', section: null },
      ]),
    );
    expect(r.records.unknownSettings).toEqual([
      { service: 'amazon', label: 'Alexa+ Erinnerungen aus Dokumenten', state: 'on', where: '/alexa-privacy/apd/myad', readAt: NOW },
    ]);
    expect(r.records.amazonSettings?.length).toBeGreaterThan(0);
  });
});

describe('unknown feature blocks in Ring device documents', () => {
  it('the device list: unknown blocks with a state, on and off, named by device; known and eligibility-only blocks not', () => {
    const { body, cameraId, cameraName } = devicesWithFeatures();
    const r = readCapture(devicesCapture(body));
    expect(r.records.unknownSettings).toEqual([
      {
        service: 'ring',
        label: 'porch_memories',
        state: 'on',
        where: '/api/cgw/clients_api/ring_devices',
        deviceId: cameraId,
        deviceName: cameraName,
        readAt: NOW,
      },
      {
        service: 'ring',
        label: 'neighborhood_mesh',
        state: 'off',
        where: '/api/cgw/clients_api/ring_devices',
        deviceId: cameraId,
        deviceName: cameraName,
        readAt: NOW,
      },
    ]);
    expect(r.source.status).toBe(readCapture(devicesCapture()).source.status);
  });

  it('device_info/v3 for one device: an unreadable state is kept as unreadable, not dropped', () => {
    const r = readCapture({
      url: `${RING_API}/device_info/v3/devices/70010009`,
      via: 'page-fetch',
      body: { device: { id: 70010009, kind: 'stickup_cam_mini_ptz_v1', description: 'Hof', owned: true, features: { porch_memories: feature('yes') } } },
      capturedAt: NOW,
    });
    expect(r.records.unknownSettings).toEqual([
      {
        service: 'ring',
        label: 'porch_memories',
        state: null,
        where: '/api/cgw/device_info/v3/devices/70010009',
        deviceId: '70010009',
        deviceName: 'Hof',
        readAt: NOW,
      },
    ]);
  });

  it('a newer read of the same feature on the same device replaces the older one', () => {
    const older = readCapture(devicesCapture(devicesWithFeatures().body));
    const { body } = devicesWithFeatures();
    const cams = (body as Record<string, Record<string, Record<string, unknown>>[]>)['stickup_cams'];
    const features = cams?.[0]?.['features'];
    if (features) features['porch_memories'] = feature(false);
    const newer = readCapture({ ...devicesCapture(body), capturedAt: '2026-11-22T10:00:00.000Z' });
    const merged = mergeRecords([older, newer]).unknownSettings ?? [];
    expect(merged.filter((u) => u.label === 'porch_memories').map((u) => [u.state, u.readAt])).toEqual([['off', '2026-11-22T10:00:00.000Z']]);
  });
});

describe('the report', () => {
  const withUnknown = (): SourceResult[] => [
    readCapture(devicesCapture(devicesWithFeatures().body)),
    readCapture(outlineCapture(fixtureOutline('control-center-en.html'))),
  ];
  const withoutUnknown = (): SourceResult[] =>
    withUnknown().map(({ source, records }) => {
      const { unknownSettings: _dropped, ...rest } = records;
      return { source, records: rest };
    });

  it('lists every unknown setting, those that are on first, in the contract', () => {
    const report = buildReport(withUnknown(), ctx);
    expect(reportIssues(report)).toEqual([]);
    expect(report.unknownSettings?.map((u) => [u.label, u.state, u.where.deviceName ?? u.where.page])).toEqual([
      ['Event Highlights Reel', 'on', '/account/control-center'],
      ['porch_memories', 'on', expect.any(String)],
      ['neighborhood_mesh', 'off', expect.any(String)],
    ]);
    expect(report.unknownSettings?.every((u) => u.readAt === NOW)).toBe(true);
  });

  it('scores none of them and counts none as a finding', () => {
    const a = buildReport(withUnknown(), ctx);
    const b = buildReport(withoutUnknown(), ctx);
    expect(a.unknownSettings?.length).toBe(3);
    expect(b.unknownSettings).toEqual([]);
    expect(a.findings).toEqual(b.findings);
    expect(a.summary).toEqual(b.summary);
  });
});
