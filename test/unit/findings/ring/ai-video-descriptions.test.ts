// @vitest-environment node
import { aiVideoDescriptions } from '../../../../src/findings/ring/ai-video-descriptions.ts';
import { device, features, settings, subjectsAndRisks } from '../../records.ts';

describe('ring.ai-video-descriptions', () => {
  it('finds AI descriptions or Smart Video Search on, per camera', () => {
    const records = {
      ringDevices: [device('1'), device('2'), device('3')],
      ringDeviceFeatures: [
        features('1', { aiVideoDescriptions: true }),
        features('2', { smartVideoSearch: true }),
        features('3', { aiVideoDescriptions: false, smartVideoSearch: false }),
      ],
    };
    const findings = aiVideoDescriptions.run(records);
    expect(subjectsAndRisks(findings)).toEqual([
      ['device', '1', 'medium'],
      ['device', '2', 'medium'],
    ]);
    expect(findings[1]?.details).toEqual({ aiVideoDescriptions: null, smartVideoSearch: true });
  });

  it('reads Smart Video Search from the settings document too', () => {
    const records = { ringDevices: [device('1')], ringDeviceSettings: [settings('1', { smartVideoSearch: true })] };
    expect(subjectsAndRisks(aiVideoDescriptions.run(records))).toEqual([['device', '1', 'medium']]);
  });

  it('finds nothing when both are off or unknown', () => {
    expect(aiVideoDescriptions.run({ ringDevices: [device('1')], ringDeviceFeatures: [features('1', { aiVideoDescriptions: false })] })).toEqual([]);
    expect(aiVideoDescriptions.run({ ringDevices: [device('1')] })).toEqual([]);
  });
});
