// @vitest-environment node
import { readRingDeviceSettings } from '../../../src/sources/ring/ring-device-settings.ts';
import { deviceIdFromSettingsPath } from '../../../src/sources/ring/endpoints.ts';
import { JsonReader } from '../../../src/sources/json-reader.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { Capture } from '../../../src/model/capture.ts';
import { fixtureJson, NOW, settingsCapture } from '../fixtures.ts';

const SETTINGS = fixtureJson('settings-70010001.json');

function capture(partial: Partial<Capture>): Capture {
  return { url: null, via: 'file', body: SETTINGS, capturedAt: NOW, ...partial };
}

describe('readRingDeviceSettings', () => {
  it('reads the privacy-relevant fields of the fixture', () => {
    const reader = new JsonReader();
    expect(readRingDeviceSettings(SETTINGS, '70010001', reader)).toMatchObject({
      deviceId: '70010001',
      audioRecording: true,
      e2eeEnabled: false,
      encryptionMethod: 1,
      recordingTtlDays: 30,
      localStorage: false,
    });
    expect(reader.diagnostics).toEqual([]);
  });

  it('reads encryption as on where the settings say so', () => {
    const result = readCapture(settingsCapture('70010003'));
    expect(result.records.ringDeviceSettings).toEqual([
      expect.objectContaining({ deviceId: '70010003', e2eeEnabled: true, audioRecording: true, recordingTtlDays: 7 }),
    ]);
  });

  it('warns when the encryption field is missing, and leaves e2ee unknown', () => {
    const reader = new JsonReader();
    const settings = readRingDeviceSettings({ video_settings: { hdr_enable: true }, general_settings: { enable_audio_recording: false } }, '9', reader);
    expect(settings?.e2eeEnabled).toBeNull();
    expect(reader.diagnostics).toEqual([expect.objectContaining({ level: 'warning', code: 'missing-field', at: 'video_settings.encryption_enabled' })]);
    const result = readCapture(settingsCapture('9', { video_settings: {}, general_settings: {} }));
    expect(result.source.status).toBe('partial');
  });

  it('flags a wrong type instead of guessing', () => {
    const reader = new JsonReader();
    const settings = readRingDeviceSettings({ video_settings: { encryption_enabled: 'false' } }, '9', reader);
    expect(settings?.e2eeEnabled).toBeNull();
    expect(reader.diagnostics.map((d) => d.code)).toContain('wrong-type');
  });

  it('returns null with an error for a document without known sections', () => {
    const reader = new JsonReader();
    expect(readRingDeviceSettings({ type: 'x', motion_settings: {} }, '9', reader)).toBeNull();
    expect(reader.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'no-known-section' })]);
  });
});

describe('device id of a settings document', () => {
  it.each([
    ['https://account.ring.com/api/cgw/devices/v1/devices/123/settings', '123'],
    ['https://api.ring.com/devices/v1/devices/123/settings', '123'],
  ])('comes from the URL path %s', (url, id) => {
    expect(deviceIdFromSettingsPath(new URL(url).pathname)).toBe(id);
    const result = readCapture(capture({ url, via: 'har' }));
    expect(result.source).toMatchObject({ id: 'ring.device-settings', status: 'read' });
    expect(result.records.ringDeviceSettings?.map((s) => s.deviceId)).toEqual([id]);
  });

  it('comes from a file label like 123456-settings.json when there is no URL', () => {
    const result = readCapture(capture({ label: 'downloads/123456-settings.json' }));
    expect(result.source).toMatchObject({ id: 'ring.device-settings', status: 'read', origin: 'file:' });
    expect(result.records.ringDeviceSettings?.map((s) => s.deviceId)).toEqual(['123456']);
  });

  it('survives a malformed percent escape in the URL without throwing', () => {
    const result = readCapture(capture({ url: 'https://api.ring.com/devices/v1/devices/%E0%A4%A/settings', via: 'har' }));
    expect(result.source.status).toBe('error');
    expect(result.source.diagnostics).toContainEqual(expect.objectContaining({ code: 'reader-failed' }));
  });

  it('is an error when neither URL nor label names a device', () => {
    const result = readCapture(capture({ label: 'settings.json' }));
    expect(result.source).toMatchObject({ id: 'ring.device-settings', status: 'error' });
    expect(result.source.diagnostics).toContainEqual(expect.objectContaining({ level: 'error', code: expect.stringMatching(/^no-(device-)?id$/) }));
    expect(result.records).toEqual({});
  });
});
