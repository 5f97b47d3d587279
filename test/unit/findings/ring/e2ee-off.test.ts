// @vitest-environment node
import { e2eeOff } from '../../../../src/findings/ring/e2ee-off.ts';
import { device, settings } from '../../records.ts';

describe('ring.e2ee-off', () => {
  it('finds a camera whose settings say encryption is off, at high risk', () => {
    const [finding, ...rest] = e2eeOff.run({ ringDevices: [device('1')], ringDeviceSettings: [settings('1', { e2eeEnabled: false, recordingTtlDays: 30 })] });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'ring.e2ee-off', subject: { type: 'device', id: '1' }, risk: 'high', details: { recordingTtlDays: 30 } });
  });

  it('stays silent when encryption is on or unknown', () => {
    expect(e2eeOff.run({ ringDevices: [device('1')], ringDeviceSettings: [settings('1', { e2eeEnabled: true })] })).toEqual([]);
    expect(e2eeOff.run({ ringDevices: [device('1')], ringDeviceSettings: [settings('1')] })).toEqual([]);
    expect(e2eeOff.run({ ringDevices: [device('1')] })).toEqual([]);
  });

  it('ignores devices without a camera', () => {
    const chime = device('2', { category: 'chime', hasCamera: false });
    expect(e2eeOff.run({ ringDevices: [chime], ringDeviceSettings: [settings('2', { e2eeEnabled: false })] })).toEqual([]);
  });

  it('lowers the risk to medium only when the camera says it does not record (no cloud video)', () => {
    const records = { ringDevices: [device('1', { subscribed: false })], ringDeviceSettings: [settings('1', { e2eeEnabled: false, cloudRecording: false })] };
    expect(e2eeOff.run(records)[0]?.risk).toBe('medium');
    records.ringDeviceSettings = [settings('1', { e2eeEnabled: false, cloudRecording: false, localStorage: true })];
    expect(e2eeOff.run(records)[0]?.risk).toBe('high');
  });

  it('stays high with subscribed: false when the camera records, or when recording was not read', () => {
    const recording = { ringDevices: [device('1', { subscribed: false })], ringDeviceSettings: [settings('1', { e2eeEnabled: false, cloudRecording: true })] };
    expect(e2eeOff.run(recording)[0]).toMatchObject({ risk: 'high', details: { cloudRecording: true } });
    const unread = { ringDevices: [device('1', { subscribed: false })], ringDeviceSettings: [settings('1', { e2eeEnabled: false })] };
    expect(e2eeOff.run(unread)[0]).toMatchObject({ risk: 'high', details: { cloudRecording: null } });
  });
});
