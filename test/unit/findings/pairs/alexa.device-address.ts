import type { FixturePair } from '../fixture-pair.ts';

/** An Echo with a stored address triggers alexa.device-address; one without an address does not. */
export const pair: FixturePair = {
  triggering: {
    alexaDeviceAddresses: [{ serial: 'E1', deviceAccountId: 'ACC-E1', deviceType: 'A32DOYMUN6DTXA', addressStored: true, country: 'DE' }],
  },
  quiet: {
    alexaDeviceAddresses: [{ serial: 'E2', deviceAccountId: 'ACC-E2', deviceType: 'A32DOYMUN6DTXA', addressStored: false, country: null }],
  },
};
