// @vitest-environment node
import { authorizedDevices } from '../../../../src/findings/ring/authorized-devices.ts';
import { linkedAccounts } from '../../../../src/findings/ring/linked-accounts.ts';
import { controlList, subjectsAndRisks } from '../../records.ts';
import { ACCOUNT, withProfile } from './account.ts';

describe.each([
  ['ring.authorized-devices', authorizedDevices, 'authorized-devices'],
  ['ring.linked-accounts', linkedAccounts, 'linked-accounts'],
] as const)('%s', (id, check, key) => {
  it('finds a non-empty list for the account, with count and items', () => {
    const findings = check.run(withProfile({ ringControlLists: [controlList(key, ['A', 'B'])] }));
    expect(findings.map((f) => f.id)).toEqual([id]);
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'medium']]);
    expect(findings[0]?.details).toEqual({ count: 2, items: 'A; B' });
  });

  it('finds nothing for an empty or absent list, or a list of another kind', () => {
    expect(check.run({ ringControlLists: [controlList(key, [])] })).toEqual([]);
    expect(check.run({})).toEqual([]);
    expect(check.run({ ringControlLists: [controlList('amazon-devices', ['Echo'])] })).toEqual([]);
  });
});
