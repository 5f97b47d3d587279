// @vitest-environment node
/**
 * The police path from the device list alone: `ring_devices` entries carry `settings.video_settings.encryption_enabled`
 * and `settings.user_specified_recording_ttl` (ha-ring-extended ring_api_spec.yaml, live data 2025-12), so no
 * settings request is needed. When sources disagree, the newest capture wins and the evidence names it.
 */
import type { Capture } from '../../../src/model/capture.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { stampCaptureTime } from '../../../src/model/capture-order.ts';
import { runChecks } from '../../../src/findings/lookups.ts';
import { ringPolicePaths } from '../../../src/report/police-paths.ts';
import { NOW, RING_API, fixtureJson } from '../fixtures.ts';

const capture = (path: string, body: unknown, capturedAt = NOW): Capture => ({ url: `${RING_API}/${path}`, via: 'page-fetch', body, capturedAt });
const LATER = new Date(Date.parse(NOW) + 60_000).toISOString();
const list = (encryption: boolean, ttl = 180) => ({
  doorbots: [
    {
      id: 1,
      description: 'Door',
      kind: 'doorbell_v4',
      owned: true,
      subscribed: true,
      settings: { user_specified_recording_ttl: ttl, video_settings: { encryption_enabled: encryption } },
    },
  ],
  stickup_cams: [],
});
const pathsOf = (...captures: Capture[]) => ringPolicePaths(mergeRecords(captures.map((c) => stampCaptureTime(readCapture(c), c.capturedAt))));

describe('police path from the device list', () => {
  it('encryption_enabled: false and 180 days → open (180), with no settings document read', () => {
    expect(pathsOf(capture('clients_api/ring_devices', list(false)))).toEqual([
      {
        deviceId: '1',
        deviceName: 'Door',
        state: 'open',
        retentionDays: 180,
        closers: ['e2ee', 'shorter-storage', 'local-storage', 'no-cloud-plan'],
        evidence: 'ring.devices',
        evidenceFields: ['settings.video_settings.encryption_enabled', 'subscribed'],
        evidenceField: 'settings.video_settings.encryption_enabled',
      },
    ]);
  });

  it('encryption_enabled: true → closed-e2ee, never unknown', () => {
    expect(pathsOf(capture('clients_api/ring_devices', list(true))).map((p) => [p.state, p.evidence])).toEqual([['closed-e2ee', 'ring.devices']]);
  });

  it('the newer capture wins by its own time: a settings document after the list, and the list after the document', () => {
    const doc = (at: string) =>
      capture('devices/v1/devices/1/settings', { video_settings: { encryption_enabled: true }, backend_settings: { user_specified_recording_ttl: 7 } }, at);
    const older = capture('clients_api/ring_devices', list(false));
    const newer = capture('clients_api/ring_devices', list(false), LATER);
    // Whatever order the results come in, the capture time decides.
    for (const order of [
      [older, doc(LATER)],
      [doc(LATER), older],
    ])
      expect(pathsOf(...order).map((p) => [p.state, p.retentionDays, p.evidence])).toEqual([['closed-e2ee', 7, 'ring.device-settings']]);
    for (const order of [
      [doc(NOW), newer],
      [newer, doc(NOW)],
    ])
      expect(pathsOf(...order).map((p) => [p.state, p.retentionDays, p.evidence])).toEqual([['open', 180, 'ring.devices']]);
  });

  it('a list and a settings document of the same time that disagree: the less safe state, in either order', () => {
    const doc = capture('devices/v1/devices/1/settings', {
      video_settings: { encryption_enabled: true },
      backend_settings: { user_specified_recording_ttl: 7 },
    });
    const listOff = capture('clients_api/ring_devices', list(false));
    for (const order of [
      [listOff, doc],
      [doc, listOff],
    ])
      expect(pathsOf(...order).map((p) => [p.state, p.retentionDays, p.evidence])).toEqual([['open', 180, 'ring.devices']]);
  });

  it("a list without the field leaves the settings document's answer standing", () => {
    const doc = capture('devices/v1/devices/1/settings', {
      video_settings: { encryption_enabled: false },
      backend_settings: { user_specified_recording_ttl: 30 },
    });
    const bare = {
      doorbots: [{ id: 1, description: 'Door', kind: 'doorbell_v4', owned: true, subscribed: true, settings: { enable_vod: true } }],
      stickup_cams: [],
    };
    expect(pathsOf(doc, capture('clients_api/ring_devices', bare)).map((p) => [p.state, p.retentionDays, p.evidence])).toEqual([
      ['open', 30, 'ring.device-settings'],
    ]);
  });

  it('names the list as evidence of e2ee-off and storage time', () => {
    const findings = runChecks(mergeRecords([readCapture(capture('clients_api/ring_devices', list(false)))]));
    expect(findings.filter((f) => f.id === 'ring.e2ee-off' || f.id === 'ring.cloud-video-storage').map((f) => [f.id, f.evidence])).toEqual([
      ['ring.e2ee-off', { source: 'ring.devices', field: 'settings.video_settings.encryption_enabled' }],
      ['ring.cloud-video-storage', { source: 'ring.devices', field: 'settings.user_specified_recording_ttl' }],
    ]);
  });

  it('reads the privacy fixture: local storage, snapshots and Familiar Faces from the list', () => {
    const records = mergeRecords([readCapture(capture('clients_api/ring_devices', fixtureJson('ring-devices-privacy.json')))]);
    expect(ringPolicePaths(records).map((p) => [p.deviceId, p.state, p.retentionDays])).toEqual([
      ['70040001', 'open', 180],
      ['70040002', 'closed-e2ee', 30],
      ['70040003', 'unknown', null],
    ]);
    expect(records.ringDeviceSettings?.find((s) => s.deviceId === '70040001')).toMatchObject({
      localStorage: false,
      snapshotCapture: false,
      familiarFaces: false,
      smartVideoSearch: false,
    });
  });
});

describe('police path from the page state', () => {
  it('reads the same settings from __NEXT_DATA__ and names the page state', () => {
    const page: Capture = {
      url: 'https://account.ring.com/account/dashboard',
      via: 'page-state',
      body: { props: { pageProps: { userDevices: list(false, 60) } }, page: '/account/dashboard' },
      capturedAt: NOW,
    };
    expect(pathsOf(page).map((p) => [p.state, p.retentionDays, p.evidence])).toEqual([['open', 60, 'ring.page-state']]);
  });
});
