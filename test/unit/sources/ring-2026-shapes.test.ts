// @vitest-environment node
/**
 * Ring as it answers in 2026 (issue 26): recording state without `subscribed`, 24/7 and snapshot storage times,
 * Ring Intercom Video's storage time, Key by Amazon on the Intercom and `devices/v1/devices/{id}` of a shared user.
 * Fixtures under test/fixtures/ring/2026/ are the project's own, in the shapes of the public captures their headers name.
 */
import type { Capture } from '../../../src/model/capture.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { runChecks } from '../../../src/findings/lookups.ts';
import { ringPolicePaths } from '../../../src/report/police-paths.ts';
import { JsonReader } from '../../../src/sources/json-reader.ts';
import { readVideoRecording } from '../../../src/sources/ring/video-recording.ts';
import { NOW, RING_API, fixtureJson } from '../fixtures.ts';

const capture = (path: string, name: string): Capture => ({
  url: `${RING_API}/${path}`,
  via: 'page-fetch',
  body: fixtureJson(`2026/${name}`),
  capturedAt: NOW,
});
const read = (...captures: Capture[]) => {
  const results = captures.map(readCapture);
  const records = mergeRecords(results);
  return { results, records, paths: ringPolicePaths(records), findings: runChecks(records) };
};
const RECORDING = capture('device_info/v3/devices/70040001', 'device-info-70040001.json');
const NOT_RECORDING = capture('device_info/v3/devices/70040002', 'device-info-70040002.json');

describe('device_info/v3 with features.video_recording (go-ring device-detail-03 / -02 shapes)', () => {
  it('reads a camera that records with subscribed: false as recording, with its days and snapshot hours', () => {
    const { results, records } = read(RECORDING);
    expect(results[0]?.source).toMatchObject({ id: 'ring.device-info', status: 'read' });
    expect(records.ringDevices?.[0]).toMatchObject({ id: '70040001', subscribed: false, hasCamera: true });
    expect(records.ringDeviceSettings?.[0]).toMatchObject({
      e2eeEnabled: false,
      recordingTtlDays: 60,
      cloudRecording: true,
      snapshotTtlHours: 168,
      paths: { cloudRecording: 'features.video_recording.recording_enabled', snapshotTtlHours: 'settings.lite_24x7_footage_ttl' },
    });
  });

  it('opens the police path (60 days), keeps ring.e2ee-off high and reports the storage time', () => {
    const { paths, findings } = read(RECORDING);
    expect(paths).toEqual([
      {
        deviceId: '70040001',
        deviceName: 'Flur Schwenkkamera',
        state: 'open',
        retentionDays: 60,
        closers: ['e2ee', 'shorter-storage', 'local-storage', 'no-cloud-plan'],
        evidence: 'ring.device-info',
        evidenceField: 'device.settings.video_settings.encryption_enabled',
        evidenceFields: ['device.settings.video_settings.encryption_enabled', 'device.features.video_recording.recording_enabled'],
      },
    ]);
    expect(findings.find((f) => f.id === 'ring.e2ee-off')).toMatchObject({ risk: 'high', details: { cloudRecording: true, recordingTtlDays: 60 } });
    expect(findings.find((f) => f.id === 'ring.cloud-video-storage')).toMatchObject({ risk: 'high', details: { days: 60, snapshotHours: 168 } });
    expect(findings.find((f) => f.id === 'ring.snapshot-capture')).toMatchObject({ details: { snapshotCapture: true, snapshotHours: 168 } });
  });

  it('closes the path only for a camera that says it does not record, naming recording_enabled', () => {
    const { paths, findings } = read(NOT_RECORDING);
    expect(paths[0]).toMatchObject({
      state: 'closed-no-cloud',
      evidence: 'ring.device-info',
      evidenceField: 'device.features.video_recording.recording_enabled',
      evidenceFields: ['device.features.video_recording.recording_enabled'],
    });
    expect(findings.find((f) => f.id === 'ring.e2ee-off')?.risk).toBe('medium');
    expect(findings.some((f) => f.id === 'ring.cloud-video-storage')).toBe(false);
  });

  it('leaves subscribed: false without a recording statement unknown', () => {
    const body = structuredClone(fixtureJson('2026/device-info-70040001.json')) as { device: { features: Record<string, unknown> } };
    delete body.device.features['video_recording'];
    const { paths, findings } = read({ ...RECORDING, body });
    expect(paths[0]).toMatchObject({ state: 'unknown', retentionDays: 60 });
    expect(findings.find((f) => f.id === 'ring.e2ee-off')).toMatchObject({ risk: 'high', details: { cloudRecording: null } });
  });

  it('reads recording from either field, and notes a recording state it does not know', () => {
    const reader = new JsonReader();
    expect(readVideoRecording({ video_recording: { recording_state: 'active' } }, reader, 'features')).toEqual({ records: true, field: 'recording_state' });
    expect(readVideoRecording({ video_recording: { recording_enabled: true, recording_state: 'inactive' } }, reader, 'f')?.records).toBe(true);
    expect(readVideoRecording({ video_recording: { recording_state: 'paused' } }, reader, 'features')).toBeNull();
    expect(readVideoRecording({}, reader, 'features')).toBeNull();
    expect(reader.diagnostics.map((d) => [d.level, d.code])).toEqual([['info', 'unknown-value']]);
  });
});

describe('devices/v1/devices/{id}/settings of 2026 (go-ring device-settings-get-02 shape)', () => {
  const settings = capture('devices/v1/devices/70040001/settings', 'settings-70040001.json');

  it('reads 24/7 days, snapshot hours and motion recording', () => {
    const { results, records } = read(settings);
    expect(results[0]?.source.status).toBe('read');
    expect(records.ringDeviceSettings?.[0]).toMatchObject({
      deviceId: '70040001',
      recordingTtlDays: 60,
      recording24x7TtlDays: 7,
      snapshotTtlHours: 72,
      cloudRecording: true,
      e2eeEnabled: false,
    });
  });

  it('with the device list: open, decided by motion_settings.enable_recording, newest hours win', () => {
    // The settings document captured after the device list: its hours are the newest (same-time captures that
    // disagree would be a conflict, resolved to the longer time).
    const { paths, findings } = read(RECORDING, { ...settings, capturedAt: '2026-11-21T10:05:00.000Z' });
    expect(paths[0]).toMatchObject({
      state: 'open',
      evidence: 'ring.device-settings',
      evidenceField: 'video_settings.encryption_enabled',
      evidenceFields: ['video_settings.encryption_enabled', 'motion_settings.enable_recording'],
    });
    expect(findings.find((f) => f.id === 'ring.cloud-video-storage')?.details).toEqual({ days: 60, days24x7: 7, snapshotHours: 72 });
  });
});

describe('Ring Intercom in ring_devices (dgreif/ring IntercomHandsetData, python-ring-doorbell ring_devices.json)', () => {
  const list = capture('clients_api/ring_devices', 'ring-devices-intercom.json');

  it("reads the Intercom Video's storage time from settings.recording_ttl and its recording switch", () => {
    const { records, paths } = read(list);
    expect(records.ringDeviceSettings?.find((s) => s.deviceId === '70040005')).toMatchObject({
      recordingTtlDays: 30,
      cloudRecording: true,
      paths: { recordingTtlDays: 'settings.recording_ttl', cloudRecording: 'settings.recording_enabled' },
    });
    // Encryption of the intercom is not stated: unknown, with its days.
    expect(paths).toEqual([{ deviceId: '70040005', deviceName: 'Haustür Intercom Video', state: 'unknown', retentionDays: 30, closers: [] }]);
  });

  it('reads recording_ttl and recording_enabled from Intercom entries only, never from a camera', () => {
    const body = { doorbots: [], stickup_cams: [{ id: 9, kind: 'hp_cam_v2', description: 'Cam', settings: { recording_ttl: 90, recording_enabled: true } }] };
    const { records, paths } = read({ ...list, body });
    expect(records.ringDeviceSettings).toBeUndefined();
    expect(paths[0]).toMatchObject({ state: 'unknown', retentionDays: null });
  });

  it('finds Key by Amazon on the audio Intercom from metadata.key_access_point_associated', () => {
    const { findings } = read(list);
    expect(findings.filter((f) => f.id === 'ring.key-by-amazon')).toEqual([
      expect.objectContaining({
        subject: { type: 'device', id: '70040006', name: 'Hauseingang Intercom' },
        evidence: { source: 'ring.devices', field: 'metadata.key_access_point_associated' },
        details: { maker: 'Ring', model: null, intercom: true },
      }),
    ]);
  });
});

describe('devices/v1/devices/{id} of a shared user (python-ring-doorbell #520)', () => {
  const doc = capture('devices/v1/devices/70040003', 'device-v1-70040003.json');

  it('reads authorization.role shared_user as someone else’s device', () => {
    const { results, records } = read(doc);
    expect(results[0]?.source).toMatchObject({ id: 'ring.device', status: 'read' });
    expect(records.ringDevices?.[0]).toMatchObject({
      id: '70040003',
      name: 'Nachbars Türklingel',
      owned: false,
      sharedWithYou: true,
      group: 'authorized_doorbots',
    });
  });

  it('without a role it is partial, and ownership stays unknown', () => {
    const { results, records } = read({ ...doc, body: { id: 70040003, kind: 'doorbell_v4', description: 'Tür' } });
    expect(results[0]?.source.status).toBe('partial');
    expect(results[0]?.source.diagnostics.map((d) => d.code)).toContain('missing-field');
    expect(records.ringDevices?.[0]).toMatchObject({ owned: null, sharedWithYou: false });
  });

  it('is never guessed from the shape without its URL', () => {
    expect(readCapture({ ...doc, url: null }).source.status).toBe('unrecognized');
  });
});
