// @vitest-environment node
import { householdProfiles } from '../../../../src/findings/alexa/household-profiles.ts';
import { member, subjectsAndRisks } from '../../records.ts';

const ACCOUNT = 'amazon-account';

describe('alexa.household-profiles', () => {
  it('finds two or more household accounts', () => {
    const findings = householdProfiles.run({ alexaHousehold: [member('A', 'account'), member('C', 'account', 'CHILD'), member('V1', 'voice-profile')] });
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'low']]);
    expect(findings[0]).toMatchObject({
      evidence: { source: 'alexa.household', field: 'accounts' },
      details: { accounts: 2, voiceProfiles: 1, roles: 'ADULT,CHILD' },
    });
  });

  it('finds two or more voice profiles on a single account', () => {
    const findings = householdProfiles.run({ alexaHousehold: [member('A', 'account'), member('V1', 'voice-profile'), member('V2', 'voice-profile')] });
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'low']]);
    expect(findings[0]?.evidence).toEqual({ source: 'amazon.persons', field: 'personId' });
  });

  it('finds nothing for one account and one voice profile', () => {
    expect(householdProfiles.run({ alexaHousehold: [member('A', 'account'), member('V1', 'voice-profile')] })).toEqual([]);
    expect(householdProfiles.run({})).toEqual([]);
  });
});
