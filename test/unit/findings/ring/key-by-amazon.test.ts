// @vitest-environment node
import { keyByAmazon } from '../../../../src/findings/ring/key-by-amazon.ts';
import { device, subjectsAndRisks } from '../../records.ts';
import { ACCOUNT, withProfile } from './account.ts';

describe('ring.key-by-amazon', () => {
  it('finds a device the list marks as Key by Amazon, at high risk', () => {
    expect(subjectsAndRisks(keyByAmazon.run({ ringDevices: [device('5', { keyByAmazon: true }), device('6', { keyByAmazon: false })] }))).toEqual([
      ['device', '5', 'high'],
    ]);
  });

  it('reports a device once when both the list and an association name it', () => {
    const records = { ringDevices: [device('5', { keyByAmazon: true, name: 'Garage' })], ringKeyAssociations: [{ id: 'a1', deviceId: '5', name: 'Garage' }] };
    const findings = keyByAmazon.run(records);
    expect(subjectsAndRisks(findings)).toEqual([['device', '5', 'high']]);
    expect(findings[0]?.evidence.source).toBe('ring.devices');
  });

  it('finds associations: the known device by its list name, an unknown device by its id, none for the account', () => {
    const records = withProfile({
      ringDevices: [device('5', { name: 'Front Door' })],
      ringKeyAssociations: [
        { id: 'a1', deviceId: '5', name: 'Lock' },
        { id: 'a2', deviceId: '9', name: 'Garage' },
        { id: 'a3', deviceId: null, name: null },
      ],
    });
    const findings = keyByAmazon.run(records);
    expect(subjectsAndRisks(findings)).toEqual([
      ['device', '5', 'high'],
      ['device', '9', 'high'],
      ['account', ACCOUNT, 'high'],
    ]);
    expect(findings.map((f) => f.subject.name)).toEqual(['Front Door', 'Garage', 'Ring']);
  });

  it('finds nothing without marks or associations', () => {
    expect(keyByAmazon.run({ ringDevices: [device('5')], ringKeyAssociations: [] })).toEqual([]);
  });
});
