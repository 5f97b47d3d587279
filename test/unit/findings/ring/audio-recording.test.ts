// @vitest-environment node
import { audioRecording } from '../../../../src/findings/ring/audio-recording.ts';
import { device, settings } from '../../records.ts';

describe('ring.audio-recording', () => {
  it('finds audio on from the device list', () => {
    const findings = audioRecording.run({ ringDevices: [device('1', { audioRecording: true }), device('2', { audioRecording: false }), device('3')] });
    expect(findings.map((f) => f.subject.id)).toEqual(['1']);
    expect(findings[0]?.evidence.source).toBe('ring.devices');
  });

  it('lets the settings document override the device list', () => {
    const records = {
      ringDevices: [device('1', { audioRecording: true }), device('2', { audioRecording: false })],
      ringDeviceSettings: [settings('1', { audioRecording: false }), settings('2', { audioRecording: true })],
    };
    const findings = audioRecording.run(records);
    expect(findings.map((f) => f.subject.id)).toEqual(['2']);
    expect(findings[0]?.evidence).toEqual({ source: 'ring.device-settings', field: 'general_settings.enable_audio_recording' });
  });
});
