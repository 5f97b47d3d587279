import type { FixturePair } from '../fixture-pair.ts';

/** A device registry with coordinates; one whose location columns are all empty. */
export const pair: FixturePair = {
  triggering: {
    exportFacts: [
      {
        service: 'ring',
        label: 'All Data Categories.zip',
        ringLocation: { file: 'RingDeviceRegistry/Device.csv', devices: ['Front Door'], coordinates: true, wifiName: true, ipAddresses: false, address: true },
      },
    ],
  },
  quiet: {
    exportFacts: [
      {
        service: 'ring',
        label: 'All Data Categories.zip',
        ringLocation: {
          file: 'RingDeviceRegistry/Device.csv',
          devices: ['Front Door'],
          coordinates: false,
          wifiName: false,
          ipAddresses: false,
          address: false,
        },
      },
    ],
  },
};
