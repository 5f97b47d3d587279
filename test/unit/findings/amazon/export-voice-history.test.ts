import { exportVoiceHistory } from '../../../../src/findings/amazon/export-voice-history.ts';
import { pair } from '../pairs/amazon.export-voice-history.ts';

const retention = (value: string) => ({ amazonSettings: [{ key: 'voice-retention' as const, state: null, value, page: '/alexa-privacy/apd/myd/manage' }] });

describe('amazon.export-voice-history', () => {
  it('is found in the triggering records, with no retention read', () => {
    const [finding] = exportVoiceHistory.run(pair.triggering);
    expect(finding?.subject.id).toBe('export:Alexa.zip');
    expect(finding?.details).toMatchObject({ interactions: 3, audioFiles: 1, firstDate: '2019-01-05', retention: null });
    expect(finding?.risk).toBeUndefined();
  });

  it('is high when the export holds interactions older than the retention allows', () => {
    const [finding] = exportVoiceHistory.run({ ...pair.triggering, ...retention('3-months') });
    expect(finding).toMatchObject({ risk: 'high', details: { retentionMonths: 3, textVariant: 'beyond' } });
    expect(finding?.details['monthsHeld']).toBeGreaterThan(90);
  });

  it('is not "beyond" when the span fits the retention', () => {
    const fits = {
      exportFacts: [
        {
          service: 'amazon' as const,
          label: 'A.zip',
          voice: { files: ['v.csv'], interactions: 2, audioFiles: 0, firstDate: '2026-10-01', lastDate: '2026-11-30' },
        },
      ],
    };
    const [finding] = exportVoiceHistory.run({ ...fits, ...retention('3-months') });
    expect(finding?.risk).toBeUndefined();
    expect(finding?.details['textVariant']).toBeUndefined();
  });

  it('is not found in the quiet records', () => {
    expect(exportVoiceHistory.run(pair.quiet)).toEqual([]);
  });
});
