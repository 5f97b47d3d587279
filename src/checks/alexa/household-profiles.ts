import type { Check } from '../check.ts';
import { AMAZON_ACCOUNT } from './alexa-subjects.ts';

/** More than one person in the Amazon Household or among Alexa's voice profiles: they share devices and content. */
export const householdProfiles: Check = {
  id: 'alexa.household-profiles',
  run: (records) => {
    const members = records.alexaHousehold ?? [];
    const accounts = members.filter((m) => m.kind === 'account');
    const voices = members.filter((m) => m.kind === 'voice-profile');
    if (accounts.length < 2 && voices.length < 2) return [];
    return [
      {
        id: 'alexa.household-profiles',
        service: 'alexa',
        subject: AMAZON_ACCOUNT,
        evidence: { source: accounts.length >= 2 ? 'alexa.household' : 'amazon.persons', field: accounts.length >= 2 ? 'accounts' : 'personId' },
        details: { accounts: accounts.length, voiceProfiles: voices.length, roles: [...new Set(accounts.map((a) => a.role ?? '?'))].join(',') },
      },
    ];
  },
};
