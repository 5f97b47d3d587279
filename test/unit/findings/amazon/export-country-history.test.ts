import { exportCountryHistory } from '../../../../src/findings/amazon/export-country-history.ts';
import { pair } from '../pairs/amazon.export-country-history.ts';

describe('amazon.export-country-history', () => {
  it('is found in the triggering records', () => {
    const [finding] = exportCountryHistory.run(pair.triggering);
    expect(finding?.details).toEqual({
      page: 'Alexa.zip',
      changes: 2,
      countries: 'US (2018-11-03) → DE (2021-03-01)',
      firstDate: '2018-11-03',
      lastDate: '2021-03-01',
    });
    expect(finding?.evidence).toEqual({ source: 'amazon.export', field: 'Location/Country of Residence-1.csv' });
  });

  it('is not found in the quiet records', () => {
    expect(exportCountryHistory.run(pair.quiet)).toEqual([]);
  });
});
