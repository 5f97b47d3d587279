// @vitest-environment node
import { amazonSidewalk } from '../../../../src/findings/amazon/sidewalk.ts';
import { humanReview } from '../../../../src/findings/alexa/human-review.ts';
import { messageTranscription } from '../../../../src/findings/alexa/message-transcription.ts';
import { amazonSetting, subjectsAndRisks } from '../../records.ts';

const ACCOUNT = 'amazon-account';

describe.each([
  ['alexa.human-review', humanReview, 'human-review', 'high', 'alexa'],
  ['alexa.message-transcription', messageTranscription, 'message-transcription', 'medium', 'alexa'],
  ['amazon.sidewalk', amazonSidewalk, 'sidewalk', 'medium', 'amazon'],
] as const)('%s', (id, check, key, risk, service) => {
  it('finds the switch on, for the Amazon account', () => {
    const findings = check.run({ amazonSettings: [amazonSetting(key, 'on', null, '/some/page'), amazonSetting('voice-retention', null, 'until-deleted')] });
    expect(findings.map((f) => [f.id, f.service])).toEqual([[id, service]]);
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, risk]]);
    expect(findings[0]?.details).toEqual({ page: '/some/page' });
  });

  it('finds nothing when off or unknown', () => {
    expect(check.run({ amazonSettings: [amazonSetting(key, 'off'), amazonSetting(key, null)] })).toEqual([]);
  });
});
