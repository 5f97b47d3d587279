import { exportRegisteredDevices } from '../../../../src/findings/amazon/export-registered-devices.ts';
import { pair } from '../pairs/amazon.export-registered-devices.ts';
import type { AmazonRegisteredDevice } from '../../../../src/model/alexa.ts';

describe('amazon.export-registered-devices', () => {
  it('is found in the triggering records', () => {
    const [finding] = exportRegisteredDevices.run(pair.triggering);
    expect(finding?.subject).toEqual({ type: 'account', id: 'export:Devices.Registration.zip', name: 'Devices.Registration.zip' });
    expect(finding?.details).toMatchObject({ ever: 2, listedNow: null, notListedNow: null, names: 'Kitchen Echo, Old Fire TV' });
  });

  it('compares with the devices Content and Devices lists now', () => {
    const listed = [{ serial: 'S1', name: 'Kitchen Echo' }] as AmazonRegisteredDevice[];
    const [finding] = exportRegisteredDevices.run({ ...pair.triggering, amazonDevices: listed });
    expect(finding?.details).toMatchObject({ ever: 2, listedNow: 1, notListedNow: 1, notListedNames: 'Old Fire TV', textVariant: 'compared' });
  });

  it('is not found in the quiet records', () => {
    expect(exportRegisteredDevices.run(pair.quiet)).toEqual([]);
  });
});
