// @vitest-environment node
import { familiarFaces } from '../../../../src/findings/ring/familiar-faces.ts';
import { control, device, features, settings, subjectsAndRisks } from '../../records.ts';
import { ACCOUNT, withProfile } from './account.ts';

describe('ring.familiar-faces', () => {
  it('finds a camera with face recognition on in device_info, at high risk', () => {
    const findings = familiarFaces.run({
      ringDevices: [device('1'), device('2')],
      ringDeviceFeatures: [features('1', { familiarFaces: true }), features('2', { familiarFaces: false })],
    });
    expect(subjectsAndRisks(findings)).toEqual([['device', '1', 'high']]);
    expect(findings[0]).toMatchObject({ evidence: { source: 'ring.device-info', field: 'person_identification' }, details: { familiarFaces: true } });
  });

  it('lets the settings document override device_info', () => {
    const records = {
      ringDevices: [device('1')],
      ringDeviceSettings: [settings('1', { familiarFaces: false })],
      ringDeviceFeatures: [features('1', { familiarFaces: true })],
    };
    expect(familiarFaces.run(records)).toEqual([]);
  });

  it('ignores devices without camera', () => {
    expect(familiarFaces.run({ ringDevices: [device('1', { hasCamera: false })], ringDeviceFeatures: [features('1', { familiarFaces: true })] })).toEqual([]);
  });

  it('falls back to the Control Center switch only when no device says it', () => {
    expect(subjectsAndRisks(familiarFaces.run(withProfile({ ringControlSettings: [control('familiar-faces', 'on')] })))).toEqual([
      ['account', ACCOUNT, 'high'],
    ]);
    expect(familiarFaces.run({ ringControlSettings: [control('familiar-faces', 'off')] })).toEqual([]);
  });

  // Regression (found by review): src/findings/ring/device-feature-check.ts (then src/checks/ring/): evidence.source is 'ring.device-settings' whenever a settings document
  // exists, even when the flag came from device_info (the settings document said nothing about it).
  // Input: settings('1') without cv_settings + device_info familiarFaces true. Expected evidence.source 'ring.device-info';
  // actual 'ring.device-settings'. (The HAR shows the same for 70010003.)
  it('names device_info as evidence when only device_info stated the flag', () => {
    const records = {
      ringDevices: [device('1')],
      ringDeviceSettings: [settings('1', { recordingTtlDays: 7 })],
      ringDeviceFeatures: [features('1', { familiarFaces: true })],
    };
    expect(familiarFaces.run(records)[0]?.evidence.source).toBe('ring.device-info');
  });
});
