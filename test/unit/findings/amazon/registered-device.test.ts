// @vitest-environment node
import { registeredDevice } from '../../../../src/findings/amazon/registered-device.ts';
import { subjectsAndRisks } from '../../records.ts';

describe('amazon.registered-device', () => {
  it('finds each registered device by serial', () => {
    const findings = registeredDevice.run({ amazonDevices: [{ serial: 'G070', name: 'Fire TV', family: 'FIRE_TV', typeName: 'Fire TV' }] });
    expect(subjectsAndRisks(findings)).toEqual([['device', 'G070', 'low']]);
    expect(findings[0]).toMatchObject({ service: 'amazon', subject: { name: 'Fire TV' }, details: { family: 'FIRE_TV', type: 'Fire TV' } });
  });

  it('finds nothing without the device list', () => {
    expect(registeredDevice.run({})).toEqual([]);
  });
});
