// @vitest-environment node
import { voiceHistory } from '../../../../src/findings/alexa/voice-history.ts';
import { subjectsAndRisks, voicePage } from '../../records.ts';

const ACCOUNT = 'amazon-account';

describe('alexa.voice-history', () => {
  it('finds the recordings with count, "at least", period and devices', () => {
    const findings = voiceHistory.run({ voiceHistory: [voicePage(3, { more: true })] });
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'medium']]);
    expect(findings[0]?.details).toEqual({
      count: 3,
      atLeast: true,
      earliest: '2026-11-01T00:00:00.000Z',
      latest: '2026-11-03T00:00:00.000Z',
      devices: 'Echo Dot',
    });
    expect(findings[0]?.evidence.field).toBe('customerHistoryRecords');
    expect(voiceHistory.run({ voiceHistory: [voicePage(1, { endpoint: 'rah' })] })[0]?.evidence.field).toBe('alexaHistoryRecords');
  });

  it('finds nothing for an empty history', () => {
    expect(voiceHistory.run({ voiceHistory: [voicePage(0)] })).toEqual([]);
    expect(voiceHistory.run({})).toEqual([]);
  });
});
