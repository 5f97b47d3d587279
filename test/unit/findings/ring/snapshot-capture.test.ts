// @vitest-environment node
import { snapshotCapture } from '../../../../src/findings/ring/snapshot-capture.ts';
import { control, device, features, settings, subjectsAndRisks } from '../../records.ts';
import { ACCOUNT, withProfile } from './account.ts';

describe('ring.snapshot-capture', () => {
  it('finds 24/7 snapshots on from settings or device_info', () => {
    const records = {
      ringDevices: [device('1'), device('2')],
      ringDeviceSettings: [settings('1', { snapshotCapture: true })],
      ringDeviceFeatures: [features('2', { snapshotCapture: true })],
    };
    expect(subjectsAndRisks(snapshotCapture.run(records))).toEqual([
      ['device', '1', 'medium'],
      ['device', '2', 'medium'],
    ]);
  });

  it('lets settings saying off win over device_info saying on', () => {
    const records = {
      ringDevices: [device('1')],
      ringDeviceSettings: [settings('1', { snapshotCapture: false })],
      ringDeviceFeatures: [features('1', { snapshotCapture: true })],
    };
    expect(snapshotCapture.run(records)).toEqual([]);
  });

  it('falls back to the Control Center switch for the account', () => {
    expect(subjectsAndRisks(snapshotCapture.run(withProfile({ ringControlSettings: [control('snapshot-capture', 'on')] })))).toEqual([
      ['account', ACCOUNT, 'medium'],
    ]);
  });
});
