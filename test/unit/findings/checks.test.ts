// @vitest-environment node
import { e2eeOff } from '../../../src/findings/ring/e2ee-off.ts';
import { audioRecording } from '../../../src/findings/ring/audio-recording.ts';
import { sharedWithYou } from '../../../src/findings/ring/shared-with-you.ts';
import { sidewalk } from '../../../src/findings/ring/sidewalk.ts';
import { runChecks } from '../../../src/findings/lookups.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { dashboardResults, devicesCapture, harResults, settingsCapture, subjectsOf } from '../fixtures.ts';
import { device, settings } from '../records.ts';

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

  it('lowers the risk to medium without a subscription (no cloud video)', () => {
    const records = { ringDevices: [device('1', { subscribed: false })], ringDeviceSettings: [settings('1', { e2eeEnabled: false })] };
    expect(e2eeOff.run(records)[0]?.risk).toBe('medium');
    records.ringDeviceSettings = [settings('1', { e2eeEnabled: false, localStorage: true })];
    expect(e2eeOff.run(records)[0]?.risk).toBe('high');
  });
});

describe('ring.audio-recording', () => {
  it('finds audio on from the device list', () => {
    const findings = audioRecording.run({ ringDevices: [device('1', { audioRecording: true }), device('2', { audioRecording: false }), device('3')] });
    expect(findings.map((f) => f.subject.id)).toEqual(['1']);
    expect(findings[0]?.evidence.source).toBe('ring.devices');
  });

  it('lets the settings document override the device list', () => {
    const records = { ringDevices: [device('1', { audioRecording: true }), device('2', { audioRecording: false })], ringDeviceSettings: [settings('1', { audioRecording: false }), settings('2', { audioRecording: true })] };
    const findings = audioRecording.run(records);
    expect(findings.map((f) => f.subject.id)).toEqual(['2']);
    expect(findings[0]?.evidence).toEqual({ source: 'ring.device-settings', field: 'general_settings.enable_audio_recording' });
  });
});

describe('ring.shared-with-you', () => {
  it('finds devices shared by someone else, with the owner name', () => {
    const shared = device('9', { group: 'authorized_doorbots', owned: false, sharedWithYou: true, owner: { id: '2', name: 'Nora' } });
    const findings = sharedWithYou.run({ ringDevices: [device('1'), shared] });
    expect(findings.map((f) => f.subject.id)).toEqual(['9']);
    expect(findings[0]).toMatchObject({ evidence: { field: 'authorized_doorbots' }, details: { ownerName: 'Nora' } });
  });

  it('finds nothing on an account of own devices', () => {
    expect(sharedWithYou.run({ ringDevices: [device('1'), device('2', { owned: null })] })).toEqual([]);
  });
});

describe('ring.sidewalk', () => {
  it('finds a Sidewalk bridge and a device connected through Sidewalk', () => {
    const findings = sidewalk.run({ ringDevices: [device('1', { isSidewalkGateway: true }), device('2', { sidewalkConnected: true }), device('3', { isSidewalkGateway: false, sidewalkConnected: false })] });
    expect(findings.map((f) => [f.subject.id, f.evidence.field])).toEqual([
      ['1', 'is_sidewalk_gateway'],
      ['2', 'health.sidewalk_connection'],
    ]);
  });

  it('finds nothing when Sidewalk is unknown', () => {
    expect(sidewalk.run({ ringDevices: [device('1')] })).toEqual([]);
  });
});

describe('all checks on the fixtures', () => {
  const separateFiles = [devicesCapture(), settingsCapture('70010001'), settingsCapture('70010002'), settingsCapture('70010003')].map(readCapture);

  it.each([
    ['separate JSON files', () => separateFiles],
    ['the HAR alone', harResults],
  ])('gives the expected subjects for %s', (_name, results) => {
    const findings = runChecks(mergeRecords(results()));
    expect(subjectsOf(findings, 'ring.e2ee-off')).toEqual(['70010001', '70010002']);
    expect(subjectsOf(findings, 'ring.audio-recording')).toEqual(['70010001', '70010003']);
    expect(subjectsOf(findings, 'ring.shared-with-you')).toEqual(['70020007']);
    expect(subjectsOf(findings, 'ring.sidewalk')).toEqual(['70010002']);
  });

  it('gives devices but no e2ee findings for the dashboard page alone', () => {
    const results = dashboardResults();
    expect(results.map((r) => r.source.id)).toEqual(['ring.page-state']);
    const findings = runChecks(mergeRecords(results));
    expect(subjectsOf(findings, 'ring.e2ee-off')).toEqual([]);
    expect(subjectsOf(findings, 'ring.audio-recording')).toEqual(['70010001']);
    expect(subjectsOf(findings, 'ring.shared-with-you')).toEqual(['70020007']);
  });
});
