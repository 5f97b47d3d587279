import { exportLocationData } from '../../../../src/findings/ring/export-location-data.ts';
import { pair } from '../pairs/ring.export-location-data.ts';

describe('ring.export-location-data', () => {
  it('is found in the triggering records, saying which kinds it holds', () => {
    const [finding] = exportLocationData.run(pair.triggering);
    expect(finding?.details).toEqual({
      page: 'All Data Categories.zip',
      coordinates: true,
      wifiName: true,
      ipAddresses: false,
      address: true,
      devices: 1,
      textVariant: 'coordinates',
    });
  });

  it('speaks of the network when the registry holds no coordinates', () => {
    const facts = pair.triggering.exportFacts?.[0];
    const network = { exportFacts: [{ ...facts!, ringLocation: { ...facts!.ringLocation!, coordinates: false, address: false } }] };
    expect(exportLocationData.run(network)[0]?.details['textVariant']).toBe('network');
  });

  it('is not found in the quiet records', () => {
    expect(exportLocationData.run(pair.quiet)).toEqual([]);
  });
});
