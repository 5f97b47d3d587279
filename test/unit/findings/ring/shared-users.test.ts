// @vitest-environment node
import { sharedUsers } from '../../../../src/findings/ring/shared-users.ts';
import { controlList, location, locationUser, subjectsAndRisks } from '../../records.ts';
import { ACCOUNT, withProfile } from './account.ts';

describe('ring.shared-users', () => {
  it('finds the people other than the owner, per location, named after the location', () => {
    const records = {
      ringLocations: [location('L1', { name: 'Zuhause' })],
      ringLocationUsers: [locationUser('L1', '1', 'owner'), locationUser('L1', '2', 'shared_user', { name: 'Sam' }), locationUser('L2', '3', 'owner')],
    };
    const findings = sharedUsers.run(records);
    expect(subjectsAndRisks(findings)).toEqual([['location', 'L1', 'medium']]);
    expect(findings[0]).toMatchObject({ subject: { name: 'Zuhause' }, details: { count: 1, people: 'Sam (shared_user)' } });
  });

  it('finds nothing when only owners have access', () => {
    expect(sharedUsers.run({ ringLocationUsers: [locationUser('L1', '1', 'owner')] })).toEqual([]);
  });

  it('falls back to the Control Center list for the account, and not for an empty list', () => {
    expect(subjectsAndRisks(sharedUsers.run(withProfile({ ringControlLists: [controlList('shared-users', ['Sam · Shared User'])] })))).toEqual([
      ['account', ACCOUNT, 'medium'],
    ]);
    expect(sharedUsers.run({ ringControlLists: [controlList('shared-users', [])] })).toEqual([]);
  });

  it('prefers the users list over the Control Center list', () => {
    const records = { ringLocationUsers: [locationUser('L1', '2', 'guest')], ringControlLists: [controlList('shared-users', ['Sam'])] };
    expect(subjectsAndRisks(sharedUsers.run(records))).toEqual([['location', 'L1', 'medium']]);
  });
});
