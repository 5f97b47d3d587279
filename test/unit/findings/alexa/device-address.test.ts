import { deviceAddress } from '../../../../src/findings/alexa/device-address.ts';
import { pair } from '../pairs/alexa.device-address.ts';
import { echo } from '../../records.ts';

describe('alexa.device-address', () => {
  it('is found in the triggering records', () => {
    expect(deviceAddress.run(pair.triggering).map((f) => f.subject.id)).toEqual(['E1']);
  });

  it('is not found in the quiet records (no address)', () => {
    expect(deviceAddress.run(pair.quiet)).toEqual([]);
  });

  it('names the Echo from the device list and keeps only the country, never the address', () => {
    const [finding] = deviceAddress.run({ ...pair.triggering, alexaDevices: [echo('E1', { name: 'Küche' })] });
    expect(finding).toMatchObject({
      subject: { type: 'device', id: 'E1', name: 'Küche' },
      evidence: { source: 'alexa.device-preferences', field: 'devicePreferences[].deviceAddressModel' },
      details: { country: 'DE' },
    });
  });
});
