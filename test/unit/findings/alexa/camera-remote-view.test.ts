// @vitest-environment node
import { cameraRemoteView } from '../../../../src/findings/alexa/camera-remote-view.ts';
import { deviceSetting, echo, subjectsAndRisks } from '../../records.ts';

describe('alexa.camera-remote-view', () => {
  it('maps the device account id of an ENABLED liveView to the Echo', () => {
    const show = echo('G8', { name: 'Echo Show Küche', deviceAccountId: 'ACC-SHOW' });
    const findings = cameraRemoteView.run({ alexaDevices: [echo('DOT'), show], alexaDeviceSettings: [deviceSetting('ACC-SHOW', 'liveView', 'ENABLED')] });
    expect(subjectsAndRisks(findings)).toEqual([['device', 'G8', 'high']]);
    expect(findings[0]).toMatchObject({ subject: { name: 'Echo Show Küche' }, details: { deviceAccountId: 'ACC-SHOW' } });
  });

  it('names the device account when the Echo is unknown, and accepts lower case', () => {
    expect(subjectsAndRisks(cameraRemoteView.run({ alexaDeviceSettings: [deviceSetting('ACC-X', 'liveView', 'enabled')] }))).toEqual([
      ['device', 'ACC-X', 'high'],
    ]);
  });

  it('finds nothing when disabled, unknown, or for another setting', () => {
    const settings = [deviceSetting('A', 'liveView', 'DISABLED'), deviceSetting('B', 'liveView', null), deviceSetting('C', 'dropIn', 'ENABLED')];
    expect(cameraRemoteView.run({ alexaDevices: [echo('S', { deviceAccountId: 'A' })], alexaDeviceSettings: settings })).toEqual([]);
  });
});
