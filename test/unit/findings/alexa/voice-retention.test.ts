// @vitest-environment node
import { voiceRetention } from '../../../../src/findings/alexa/voice-retention.ts';
import { amazonSetting, subjectsAndRisks } from '../../records.ts';

const ACCOUNT = 'amazon-account';

describe('alexa.voice-retention', () => {
  it.each([
    ['until-deleted', 'high'],
    ['18-months', 'medium'],
  ] as const)('gives %s the risk %s', (value, risk) => {
    const findings = voiceRetention.run({ amazonSettings: [amazonSetting('voice-retention', null, value)] });
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, risk]]);
    expect(findings[0]?.details).toEqual({ retention: value, page: '/alexa-privacy/apd/myad' });
  });

  it.each(['3-months', 'dont-save', null])('finds nothing for %s', (value) => {
    expect(voiceRetention.run({ amazonSettings: [amazonSetting('voice-retention', null, value)] })).toEqual([]);
  });
});
