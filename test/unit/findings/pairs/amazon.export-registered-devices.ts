import type { FixturePair } from '../fixture-pair.ts';

/** An export's registration.csv with devices; an export without it. */
export const pair: FixturePair = {
  triggering: {
    exportFacts: [
      {
        service: 'amazon',
        label: 'Devices.Registration.zip',
        registeredDevices: { file: 'registration.csv', names: ['Kitchen Echo', 'Old Fire TV'], count: 2, firstDate: '2017-06-30', lastDate: '2019-02-14' },
      },
    ],
  },
  quiet: { exportFacts: [{ service: 'amazon', label: 'Advertising.1.zip', audiences: { files: ['a.csv'], amazon: ['x'], thirdParty: [], advertisers: 0 } }] },
};
