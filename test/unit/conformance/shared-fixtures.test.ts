// @vitest-environment node
/**
 * Conformance against third-party captures kept beside the repo (../shared, python-ring-doorbell fixtures,
 * LGPL test data: read here, never copied into the repo). Skipped when that folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { runChecks } from '../../../src/findings/lookups.ts';
import { RING_DEVICE_GROUPS } from '../../../src/sources/ring/ring-devices.ts';
import { ringPolicePaths } from '../../../src/report/police-paths.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import type { Capture } from '../../../src/model/capture.ts';
import { NOW, REPO_ROOT, subjectsOf } from '../fixtures.ts';

const DIR = resolve(REPO_ROOT, '../shared/fixtures/ring/python-ring-doorbell');
const present = existsSync(DIR);
if (!present) console.log(`shared-fixtures: skipped, ${DIR} does not exist (clone the shared folder beside the repo to run it)`);

function load(name: string): unknown {
  return JSON.parse(readFileSync(resolve(DIR, name), 'utf8')) as unknown;
}

function capture(url: string, body: unknown): Capture {
  return { url, via: 'har', body, capturedAt: NOW };
}

describe.skipIf(!present)('python-ring-doorbell fixtures', () => {
  it('ring_devices.json: read without throwing, every non-empty group accounted for', () => {
    const body = load('ring_devices.json') as Record<string, unknown[]>;
    const result = readCapture(capture('https://api.ring.com/clients_api/ring_devices', body));
    expect(['read', 'partial']).toContain(result.source.status);
    const devices = result.records.ringDevices ?? [];
    const groups = RING_DEVICE_GROUPS.filter((g) => Array.isArray(body[g]) && body[g].length > 0);
    expect(groups.length).toBeGreaterThanOrEqual(4);
    for (const group of groups) {
      // stickup_cams[0] reuses doorbots[0]'s id 987652 in this synthetic file; the reader keeps the first and says so.
      const read = devices.some((d) => d.group === group);
      const duplicate = result.source.diagnostics.some((d) => d.code === 'duplicate-id' && d.at?.startsWith(`${group}[`));
      expect(read || duplicate, group).toBe(true);
    }
    expect(devices.find((d) => d.id === '185036587')?.category).toBe('intercom');
    expect(devices.find((d) => d.id === '99999999')?.maker).toBe('Amazon');
  });

  it('ring_devices.json: the authorized_doorbots entry is shared with you', () => {
    const result = readCapture(capture('https://api.ring.com/clients_api/ring_devices', load('ring_devices.json')));
    const findings = runChecks(result.records);
    expect(subjectsOf(findings, 'ring.shared-with-you')).toEqual(['987653']);
  });

  it('ring_intercom_settings.json: audio recording on, end-to-end encryption off', () => {
    const result = readCapture(capture('https://api.ring.com/devices/v1/devices/185036587/settings', load('ring_intercom_settings.json')));
    expect(result.source).toMatchObject({ id: 'ring.device-settings', status: 'read' });
    expect(result.records.ringDeviceSettings).toEqual([
      expect.objectContaining({
        deviceId: '185036587',
        audioRecording: true,
        e2eeEnabled: false,
        encryptionMethod: 1,
        recordingTtlDays: null,
        localStorage: false,
      }),
    ]);
  });

  it('ring_session.json: Neighbors offered but not joined, account 999999, nothing personal kept', () => {
    const result = readCapture(capture('https://api.ring.com/clients_api/session', load('ring_session.json')));
    expect(result.source).toMatchObject({ id: 'ring.profile', status: 'read' });
    expect(result.records.ringProfile).toEqual([expect.objectContaining({ accountId: '999999', neighborsEnabled: true, neighborsActivated: false })]);
    expect(JSON.stringify(result)).not.toMatch(/foo@bar\.org|12345678910/);
    expect(subjectsOf(runChecks(result.records), 'ring.neighbors')).toEqual([]);
  });

  it('ring_intercom_users.json: one owner and one shared user, a shared-users finding for the location', () => {
    const result = readCapture(capture('https://api.ring.com/clients_api/locations/mock-location-id/users', load('ring_intercom_users.json')));
    expect(result.source).toMatchObject({ id: 'ring.location-users', status: 'read' });
    expect(result.records.ringLocationUsers?.map((u) => [u.locationId, u.name, u.role, u.deviceIds])).toEqual([
      ['mock-location-id', 'John Carter', 'owner', ['185036587']],
      ['mock-location-id', 'Bob Meloni', 'shared_user', ['185036587']],
    ]);
    const [finding, ...rest] = runChecks(result.records).filter((f) => f.id === 'ring.shared-users');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ subject: { type: 'location', id: 'mock-location-id' }, details: { count: 1, people: 'Bob Meloni (shared_user)' } });
  });

  it('ring_devices.json: owned and shared devices, the sidewalk flag of the `other` group, no audio flag stated', () => {
    const result = readCapture(capture('https://api.ring.com/clients_api/ring_devices', load('ring_devices.json')));
    const devices = result.records.ringDevices ?? [];
    const byId = (id: string) => devices.find((d) => d.id === id);
    // The synthetic file says `owned: true` everywhere; the group alone makes 987653 someone else's device.
    expect(devices.filter((d) => d.sharedWithYou).map((d) => d.id)).toEqual(['987653']);
    expect(byId('987653')).toMatchObject({ group: 'authorized_doorbots', owned: true, category: 'doorbell' });
    expect(devices.filter((d) => !d.sharedWithYou).map((d) => d.id)).toEqual(['987652', '999999', '185036587', '99999999']);
    expect(byId('185036587')).toMatchObject({ group: 'other', isSidewalkGateway: false, hasCamera: false });
    expect(byId('99999999')).toMatchObject({ group: 'other', isSidewalkGateway: true, maker: 'Amazon' });
    expect(subjectsOf(runChecks(result.records), 'ring.sidewalk')).toEqual(['99999999']);
    // Only motion_zones.enable_audio and chime audio ids are in the file: audio recording stays unknown, not false.
    expect(devices.map((d) => d.audioRecording)).toEqual([null, null, null, null, null]);
    expect(subjectsOf(runChecks(result.records), 'ring.audio-recording')).toEqual([]);
  });

  it('ring_intercom_settings.json with the device list: the intercom is not a camera, so no e2ee finding or police path', () => {
    const results = [
      readCapture(capture('https://api.ring.com/clients_api/ring_devices', load('ring_devices.json'))),
      readCapture(capture('https://api.ring.com/devices/v1/devices/185036587/settings', load('ring_intercom_settings.json'))),
    ];
    const records = mergeRecords(results);
    expect(records.ringDeviceSettings?.[0]).toMatchObject({ deviceId: '185036587', e2eeEnabled: false, audioRecording: true });
    const findings = runChecks(records);
    expect(subjectsOf(findings, 'ring.e2ee-off')).toEqual([]);
    expect(subjectsOf(findings, 'ring.audio-recording')).toEqual(['185036587']);
    expect(ringPolicePaths(records).map((p) => p.deviceId)).not.toContain('185036587');
  });
  // Issue 11: the device list in a real (older) shape states no encryption, so no camera may be called open or
  // closed from it alone; the same list with every group emptied, as PR #1835 shows for a shared user, reads as "none".
  it('ring_devices.json: no police path is decided without an encryption state, and an emptied list reads as none', () => {
    const body = load('ring_devices.json') as Record<string, unknown[]>;
    const records = mergeRecords([readCapture(capture('https://api.ring.com/clients_api/ring_devices', body))]);
    const states = new Set(ringPolicePaths(records).map((p) => p.state));
    expect([...states].every((st) => st === 'unknown' || st === 'closed-no-cloud' || st === 'local-only')).toBe(true);
    expect(records.ringDevices?.filter((d) => d.maker !== 'Ring').map((d) => [d.id, d.maker])).toEqual([['99999999', 'Amazon']]);
    const emptied = Object.fromEntries(Object.keys(body).map((k) => [k, []]));
    const empty = readCapture(capture('https://api.ring.com/clients_api/ring_devices', emptied));
    expect([empty.source.status, empty.source.diagnostics.map((d) => d.code)]).toEqual(['read', ['empty-list']]);
  });

  it('ring_intercom_users.json saved without a location id: roles read, location unknown', () => {
    const result = readCapture({ url: null, via: 'file', label: 'users.json', body: load('ring_intercom_users.json'), capturedAt: NOW });
    expect(result.source).toMatchObject({ id: 'ring.location-users', status: 'read' });
    expect(new Set(result.records.ringLocationUsers?.map((u) => u.locationId))).toEqual(new Set(['unknown-location']));
    expect(result.records.ringLocationUsers?.map((u) => u.role).sort()).toEqual(['owner', 'shared_user']);
  });
});
