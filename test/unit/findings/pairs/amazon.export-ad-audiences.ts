import type { FixturePair } from '../fixture-pair.ts';

/** Audiences in the Advertising files; Advertising files with no rows. */
export const pair: FixturePair = {
  triggering: {
    exportFacts: [
      {
        service: 'amazon',
        label: 'Advertising.1.zip',
        audiences: { files: ['Advertising.1/Advertising.AmazonAudiences.csv'], amazon: ['Smart Home Enthusiasts'], thirdParty: ['Homeowners'], advertisers: 1 },
      },
    ],
  },
  quiet: {
    exportFacts: [
      {
        service: 'amazon',
        label: 'Advertising.1.zip',
        audiences: { files: ['Advertising.1/Advertising.AmazonAudiences.csv'], amazon: [], thirdParty: [], advertisers: 0 },
      },
    ],
  },
};
