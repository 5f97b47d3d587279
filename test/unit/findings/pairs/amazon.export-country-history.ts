import type { FixturePair } from '../fixture-pair.ts';

/** An export with the Alexa country history; one without. */
export const pair: FixturePair = {
  triggering: {
    exportFacts: [
      {
        service: 'amazon',
        label: 'Alexa.zip',
        countries: {
          file: 'Location/Country of Residence-1.csv',
          changes: [
            { date: '2018-11-03', country: 'US' },
            { date: '2021-03-01', country: 'DE' },
          ],
        },
      },
    ],
  },
  quiet: { exportFacts: [{ service: 'amazon', label: 'Alexa.zip', countries: { file: 'Location/Country of Residence-1.csv', changes: [] } }] },
};
