import { defineFinding } from '../define-finding.ts';
import { exportSubject } from '../subjects.ts';
import { exportFactsOf } from '../export-facts.ts';
import { AMAZON_DATA_REQUEST, AMAZON_DATA_REQUEST_NOTE } from '../export-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Amazon's export keeps the history of the Alexa country setting (`Location/Country of Residence-*.csv`). */
export const exportCountryHistory = defineFinding({
  id: 'amazon.export-country-history',
  check: (records) =>
    exportFactsOf(records, 'amazon').flatMap((facts) => {
      const history = facts.countries;
      if (!history || history.changes.length === 0) return [];
      const dates = history.changes.flatMap((c) => (c.date ? [c.date] : []));
      return [
        {
          service: 'amazon',
          subject: exportSubject(facts.label),
          evidence: { source: SOURCE.amazonExport, field: history.file },
          details: {
            // Where it was read: the export's own name, so a newly imported export reads as newly read, not newly on.
            page: facts.label,
            changes: history.changes.length,
            countries: history.changes.map((c) => (c.date ? `${c.country} (${c.date})` : c.country)).join(' → '),
            firstDate: dates[0] ?? null,
            lastDate: dates.at(-1) ?? null,
          },
        },
      ];
    }),
  catalog: {
    service: 'amazon',
    risk: 'low',
    recipients: ['amazon'],
    steps: 1,
    helpUrl: AMAZON_DATA_REQUEST,
    helpUrlVerified: false,
    helpUrlNote: AMAZON_DATA_REQUEST_NOTE,
    settingsUrl: AMAZON_DATA_REQUEST,
    titleArgs: ['countries'],
    reviewedOn: '2026-12-06',
  },
  labels: ['location'],
  place: { kind: 'web', path: '/gp/privacycentral/dsar/preview.html', minutes: 10 },
});
