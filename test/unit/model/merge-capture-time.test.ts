// @vitest-environment node
/**
 * Issue 25 items 2 and 3: the newest capture wins by its own time, per field and device, across scans and tabs; a
 * newer capture that states a field unreadably makes it unknown; captures of the same time that disagree are a
 * conflict resolved to the less safe state or unknown, in any order; a failed users answer deletes nothing.
 * Bodies are in the real shapes of the Ring fixtures (see test/fixtures/ring/README.md) with invented values. The
 * 200 error body `{"error":"Forbidden"}` is the reproduction: no public capture shows Ring sending it, so
 * it stands for any answer the reader cannot understand.
 */
import type { Capture } from '../../../src/model/capture.ts';
import type { SourceResult } from '../../../src/model/records.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { mergeAccount } from '../../../src/model/merge-records.ts';
import { stampCaptureTime } from '../../../src/model/capture-order.ts';
import { ringPolicePaths } from '../../../src/report/police-paths.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { inventories } from '../../../src/store/inventory.ts';
import type { StoredScan } from '../../../src/store/schema.ts';
import { RING_API, fixtureJson } from '../fixtures.ts';

const T0 = '2026-11-21T10:00:00.000Z';
const T1 = '2026-11-21T10:05:00.000Z';
const T2 = '2026-11-21T10:10:00.000Z';
const CAMERA = '70010002';
const LOCATION = '9f2d5a7e-0000-4000-8000-000000000001';

function read(path: string, body: unknown, capturedAt: string): SourceResult {
  const capture: Capture = { url: `${RING_API}/${path}`, via: 'page-fetch', body, capturedAt };
  return stampCaptureTime(readCapture(capture), capturedAt);
}

const deviceList = (at: string) => read('clients_api/ring_devices', fixtureJson('ring-devices.json'), at);
/** The camera's settings document with `encryption_enabled` as given (`undefined`: the key left out). */
function settingsDoc(encryption: unknown, at: string, ttl = 30): SourceResult {
  const video: Record<string, unknown> = { hdr_enable: true };
  if (encryption !== undefined) video['encryption_enabled'] = encryption;
  return read(
    `devices/v1/devices/${CAMERA}/settings`,
    { general_settings: { enable_audio_recording: false }, video_settings: video, backend_settings: { user_specified_recording_ttl: ttl } },
    at,
  );
}
/** The device list with the camera's own privacy state (`settings.video_settings.encryption_enabled`), as ring_devices carries it. */
function listWithEncryption(encryption: boolean, at: string): SourceResult {
  const body = structuredClone(fixtureJson('ring-devices.json')) as { stickup_cams: Record<string, unknown>[] };
  const camera = body.stickup_cams.find((c) => String(c['id']) === CAMERA) as Record<string, unknown>;
  camera['settings'] = { ...(camera['settings'] as object), video_settings: { encryption_enabled: encryption }, user_specified_recording_ttl: 30 };
  return read('clients_api/ring_devices', body, at);
}

const pathOf = (results: SourceResult[]) => ringPolicePaths(mergeAccount(results).records).find((p) => p.deviceId === CAMERA);
const orders = <T>(a: T, b: T): T[][] => [
  [a, b],
  [b, a],
];

describe('newest capture wins by its own time', () => {
  it('a newer settings reading wins over an older one that arrives later (an older tab), in either order', () => {
    for (const order of orders(settingsDoc(true, T0), settingsDoc(false, T1))) {
      expect(pathOf([deviceList(T0), ...order])).toMatchObject({ state: 'open', evidence: 'ring.device-settings' });
    }
    for (const order of orders(settingsDoc(false, T0), settingsDoc(true, T1))) expect(pathOf([deviceList(T0), ...order])?.state).toBe('closed-e2ee');
  });

  it('orders across stored scans by capture time, not by when a scan was last written', () => {
    const scan = (id: string, startedAt: string, updatedAt: string, results: SourceResult[]): StoredScan => ({
      id,
      accountKey: 'ring:1',
      service: 'ring',
      origin: 'https://account.ring.com',
      startedAt,
      updatedAt,
      results,
    });
    // Tab B read encryption off at T1. Tab A, opened earlier, read it on at T0 and was written last (a profile fetch at T2).
    const tabA = scan('A', T0, T2, [deviceList(T0), settingsDoc(true, T0), read('clients_api/session', fixtureJson('session.json'), T2)]);
    const tabB = scan('B', T1, T1, [settingsDoc(false, T1)]);
    const [account] = inventories({ schemaVersion: 3, scans: [tabB, tabA] });
    expect(pathOf(account?.results ?? [])).toMatchObject({ state: 'open', evidence: 'ring.device-settings' });
  });

  it('dates results stored without a capture time by their scan start (a tab opened earlier read earlier)', () => {
    const undated = (r: SourceResult): SourceResult => ({ ...r, source: { ...r.source, capturedAt: undefined } });
    const scan = (id: string, startedAt: string, updatedAt: string, results: SourceResult[]): StoredScan => ({
      id,
      accountKey: 'ring:1',
      service: 'ring',
      origin: 'https://account.ring.com',
      startedAt,
      updatedAt,
      results: results.map(undated),
    });
    const [account] = inventories({
      schemaVersion: 3,
      scans: [scan('A', T0, T2, [deviceList(T0), settingsDoc(true, T0)]), scan('B', T1, T1, [settingsDoc(false, T1)])],
    });
    expect(pathOf(account?.results ?? [])?.state).toBe('open');
  });
});

describe('a newer capture that states a field unreadably makes it unknown', () => {
  it.each([
    ['"off" as a string', 'off'],
    ['a number', 0],
    ['left out', undefined],
  ])('encryption %s in a newer settings document: the older "on" is not kept (police path unknown)', (_label, value) => {
    const merged = mergeAccount([deviceList(T0), settingsDoc(true, T0), settingsDoc(value, T1)]);
    expect(merged.records.ringDeviceSettings?.find((s) => s.deviceId === CAMERA)?.e2eeEnabled).toBeNull();
    expect(ringPolicePaths(merged.records).find((p) => p.deviceId === CAMERA)?.state).toBe('unknown');
    expect(merged.notes).toContainEqual(expect.objectContaining({ code: 'newer-unreadable', deviceId: CAMERA, field: 'e2eeEnabled' }));
  });

  it('an older "off" stands: a stale unsafe value is never a false "safe", and its finding does not vanish', () => {
    const merged = mergeAccount([deviceList(T0), settingsDoc(false, T0), settingsDoc('off', T1)]);
    expect(ringPolicePaths(merged.records).find((p) => p.deviceId === CAMERA)?.state).toBe('open');
  });

  it('a newer device list that leaves encryption out says nothing about it (only the settings document is the full statement)', () => {
    expect(pathOf([settingsDoc(true, T0), deviceList(T1)])?.state).toBe('closed-e2ee');
  });
});

describe('captures of the same time that disagree: a conflict, less safe or unknown, never closed', () => {
  it('list says on, settings say off: open in both orders, with a conflict note', () => {
    for (const order of orders(listWithEncryption(true, T0), settingsDoc(false, T0))) {
      const merged = mergeAccount(order);
      expect(ringPolicePaths(merged.records).find((p) => p.deviceId === CAMERA)?.state).toBe('open');
      expect(merged.notes).toEqual([expect.objectContaining({ code: 'capture-conflict', deviceId: CAMERA, field: 'e2eeEnabled', capturedAt: T0 })]);
    }
  });

  it('list says on, settings state it unreadably at the same time: unknown in both orders', () => {
    for (const order of orders(listWithEncryption(true, T0), settingsDoc('off', T0))) {
      const merged = mergeAccount(order);
      expect(ringPolicePaths(merged.records).find((p) => p.deviceId === CAMERA)?.state).toBe('unknown');
      expect(merged.notes.map((n) => n.code)).toEqual(['capture-conflict']);
    }
  });

  it('two storage times of the same time: the longer one, in both orders', () => {
    for (const order of orders(settingsDoc(false, T0, 7), settingsDoc(false, T0, 180)))
      expect(mergeAccount(order).records.ringDeviceSettings?.find((s) => s.deviceId === CAMERA)?.recordingTtlDays).toBe(180);
  });

  it('captures without a time (saved files) count as the same time: argument order decides nothing', () => {
    const undated = (r: SourceResult): SourceResult => ({ ...r, source: { ...r.source, capturedAt: undefined } });
    for (const order of orders(undated(listWithEncryption(true, T0)), undated(settingsDoc(false, T0)))) expect(pathOf(order)?.state).toBe('open');
  });

  it('agreeing captures of the same time are no conflict', () => {
    expect(mergeAccount([listWithEncryption(true, T0), settingsDoc(true, T0)]).notes).toEqual([]);
  });
});

describe('an answer that failed never deletes what was read', () => {
  const users = (body: unknown, at: string) => read(`clients_api/locations/${LOCATION}/users`, body, at);
  const sharedUserIds = (results: SourceResult[]) =>
    (mergeAccount(results).records.ringLocationUsers ?? []).filter((u) => u.role !== 'owner').map((u) => u.userId);
  const before = () => users(fixtureJson(`users-${LOCATION}.json`), T0);

  it.each([
    ['a 200 error body', { error: 'Forbidden' }],
    ['a list of unreadable entries', [{ object_type: 'user' }, 42, null]],
    ['an object instead of a list', { users: 'none' }],
  ])('%s keeps the shared users read before and says the newer read failed', (_label, body) => {
    const kept = sharedUserIds([before()]);
    expect(kept.length).toBeGreaterThan(0);
    expect(sharedUserIds([before(), users(body, T1)])).toEqual(kept);
    expect(mergeAccount([before(), users(body, T1)]).notes).toEqual([
      expect.objectContaining({ code: 'newer-read-failed', locationId: LOCATION, kept: expect.any(Number) as number }),
    ]);
  });

  it('an understood empty answer clears the older list', () => {
    expect(sharedUserIds([before(), users([], T1)])).toEqual([]);
    expect(mergeAccount([before(), users([], T1)]).notes).toEqual([]);
  });

  it('the report keeps the shared-users finding and says, in English and German, that the newer read failed', () => {
    const results = [deviceList(T0), before(), users({ error: 'Forbidden' }, T1)];
    for (const locale of ['en', 'de'] as const) {
      const report = buildReport(results, { t: bundledTranslator(locale), locale, toolVersion: 'test', now: T2 });
      expect(report.findings.map((f) => f.id)).toContain('ring.shared-users');
      expect(report.mergeNotes).toHaveLength(1);
      expect(report.mergeNotes?.[0]?.message).toMatch(
        locale === 'en' ? /newer read of who has access failed/ : /neuere Abfrage, wer Zugriff hat, ist fehlgeschlagen/,
      );
    }
  });
});
