import { defineFinding } from '../define-finding.ts';
import { exportSubject } from '../subjects.ts';
import { exportFactsOf, nameList } from '../export-facts.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** The advertising audiences Amazon and third parties placed the account in (`Advertising.N/…Audiences.csv`). */
export const exportAdAudiences = defineFinding({
  id: 'amazon.export-ad-audiences',
  check: (records) =>
    exportFactsOf(records, 'amazon').flatMap((facts) => {
      const a = facts.audiences;
      const audiences = a ? a.amazon.length + a.thirdParty.length : 0;
      if (!a || (audiences === 0 && a.advertisers === 0)) return [];
      return [
        {
          service: 'amazon',
          subject: exportSubject(facts.label),
          evidence: { source: SOURCE.amazonExport, field: a.files.join(', ') },
          details: {
            // Where it was read: the export's own name, so a newly imported export reads as newly read, not newly on.
            page: facts.label,
            audiences,
            amazonAudiences: a.amazon.length,
            thirdPartyAudiences: a.thirdParty.length,
            advertiserAudiences: a.advertisers,
            names: nameList([...a.amazon, ...a.thirdParty]),
          },
        },
      ];
    }),
  catalog: {
    service: 'amazon',
    risk: 'medium',
    recipients: ['amazon', 'partners'],
    steps: 2,
    helpUrl: { en: 'https://www.amazon.com/adprefs', de: 'https://www.amazon.de/adprefs' },
    helpUrlVerified: false,
    helpUrlNote: 'The ad-preferences page itself (linked from Amazon page footers); its text was not read.',
    settingsUrl: { en: 'https://www.amazon.com/adprefs', de: 'https://www.amazon.de/adprefs' },
    titleCount: 'audiences',
    titleArgs: ['audiences'],
    reviewedOn: '2026-12-06',
  },
  labels: ['account-data'],
  place: { kind: 'web', path: '/adprefs', minutes: 2 },
});
