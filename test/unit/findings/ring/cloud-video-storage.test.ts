// @vitest-environment node
import { cloudVideoStorage } from '../../../../src/findings/ring/cloud-video-storage.ts';
import { control, device, settings, subjectsAndRisks } from '../../records.ts';
import { ACCOUNT, withProfile } from './account.ts';

describe('ring.cloud-video-storage', () => {
  it('is high above 30 days and medium at 30 days or less, per camera', () => {
    const records = {
      ringDevices: [device('1'), device('2'), device('3')],
      ringDeviceSettings: [settings('1', { recordingTtlDays: 60 }), settings('2', { recordingTtlDays: 30 }), settings('3', { recordingTtlDays: 7 })],
    };
    const findings = cloudVideoStorage.run(records);
    expect(subjectsAndRisks(findings)).toEqual([
      ['device', '1', 'high'],
      ['device', '2', 'medium'],
      ['device', '3', 'medium'],
    ]);
    expect(findings.map((f) => f.details['days'])).toEqual([60, 30, 7]);
  });

  it('prefers the per-camera days over the Control Center value', () => {
    const records = withProfile({
      ringDevices: [device('1')],
      ringDeviceSettings: [settings('1', { recordingTtlDays: 7 })],
      ringControlSettings: [control('video-storage', null, { amount: 180 })],
    });
    const findings = cloudVideoStorage.run(records);
    expect(subjectsAndRisks(findings)).toEqual([['device', '1', 'medium']]);
    expect(findings[0]?.evidence.source).toBe('ring.device-settings');
  });

  it('falls back to the Control Center value for the account', () => {
    const high = cloudVideoStorage.run(withProfile({ ringControlSettings: [control('video-storage', null, { amount: 60 })] }));
    expect(subjectsAndRisks(high)).toEqual([['account', ACCOUNT, 'high']]);
    expect(high[0]).toMatchObject({ evidence: { source: 'ring.control-center' }, details: { days: 60 } });
    expect(subjectsAndRisks(cloudVideoStorage.run(withProfile({ ringControlSettings: [control('video-storage', null, { amount: 30 })] })))).toEqual([
      ['account', ACCOUNT, 'medium'],
    ]);
  });

  it('finds nothing for local storage, no subscription, no camera or no stated days', () => {
    const ttl = { recordingTtlDays: 60 };
    expect(cloudVideoStorage.run({ ringDevices: [device('1')], ringDeviceSettings: [settings('1', { ...ttl, localStorage: true })] })).toEqual([]);
    expect(cloudVideoStorage.run({ ringDevices: [device('1', { subscribed: false })], ringDeviceSettings: [settings('1', ttl)] })).toEqual([]);
    expect(cloudVideoStorage.run({ ringDevices: [device('1', { hasCamera: false, category: 'chime' })], ringDeviceSettings: [settings('1', ttl)] })).toEqual(
      [],
    );
    expect(cloudVideoStorage.run({ ringDevices: [device('1')], ringDeviceSettings: [settings('1')] })).toEqual([]);
    expect(cloudVideoStorage.run({ ringControlSettings: [control('video-storage', null)] })).toEqual([]);
  });
});
