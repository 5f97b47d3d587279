import { defineFinding } from '../define-finding.ts';
import { AMAZON_ACCOUNT } from '../subjects.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** More than one person in the Amazon Household or among Alexa's voice profiles: they share devices and content. */
export const householdProfiles = defineFinding({
  id: 'alexa.household-profiles',
  check: (records) => {
    const members = records.alexaHousehold ?? [];
    const accounts = members.filter((m) => m.kind === 'account');
    const voices = members.filter((m) => m.kind === 'voice-profile');
    if (accounts.length < 2 && voices.length < 2) return [];
    return [
      {
        service: 'alexa',
        subject: AMAZON_ACCOUNT,
        evidence: { source: accounts.length >= 2 ? SOURCE.alexaHousehold : SOURCE.amazonPersons, field: accounts.length >= 2 ? 'accounts' : 'personId' },
        details: { accounts: accounts.length, voiceProfiles: voices.length, roles: [...new Set(accounts.map((a) => a.role ?? '?'))].join(',') },
      },
    ];
  },
  catalog: {
    service: 'alexa',
    risk: 'low',
    recipients: ['household'],
    steps: 4,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=201620400',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=201620400',
    },
    helpUrlVerified: false,
    helpUrlNote:
      "Node 201620400 was read earlier but not found again (2026-12-06); no Amazon Family help page (the US name since 2025) was found in the stored copies; the German node follows Amazon's pattern, and amazon.de keeps the name Amazon-Haushalt.",
    settingsUrl: { en: 'https://www.amazon.com/myh/manage', de: 'https://www.amazon.de/myh/manage' },
    reviewedOn: '2026-12-06',
  },
  labels: ['account-access'],
  place: { kind: 'web', path: '/myh/manage', minutes: 3 },
});
