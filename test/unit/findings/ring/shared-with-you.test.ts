// @vitest-environment node
import { sharedWithYou } from '../../../../src/findings/ring/shared-with-you.ts';
import { device } from '../../records.ts';

describe('ring.shared-with-you', () => {
  it('finds devices shared by someone else, with the owner name', () => {
    const shared = device('9', { group: 'authorized_doorbots', owned: false, sharedWithYou: true, owner: { id: '2', name: 'Nora' } });
    const findings = sharedWithYou.run({ ringDevices: [device('1'), shared] });
    expect(findings.map((f) => f.subject.id)).toEqual(['9']);
    expect(findings[0]).toMatchObject({ evidence: { field: 'authorized_doorbots' }, details: { ownerName: 'Nora' } });
  });

  it('finds nothing on an account of own devices', () => {
    expect(sharedWithYou.run({ ringDevices: [device('1'), device('2', { owned: null })] })).toEqual([]);
  });
});
