import { defineFinding } from '../define-finding.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** An app or website with Login-with-Amazon access to account data. */
export const connectedApp = defineFinding({
  id: 'amazon.connected-app',
  check: (records) =>
    (records.connectedApps ?? []).map((a) => ({
      service: 'amazon',
      subject: { type: 'app', id: a.name, name: a.name },
      evidence: { source: SOURCE.amazonPrivacyPage, field: 'Apps and Services with Access to Your Data' },
      details: { page: a.page },
    })),
  catalog: {
    service: 'amazon',
    risk: 'medium',
    recipients: ['app-maker'],
    steps: 4,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=201945350',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=201945350',
    },
    helpUrlVerified: false,
    helpUrlNote: 'Node 201945350 (Login with Amazon) read on amazon.sg; the amazon.com and amazon.de copies follow the same node id.',
    settingsUrl: { en: 'https://www.amazon.com/ap/adam', de: 'https://www.amazon.de/ap/adam' },
    reviewedOn: '2026-12-03',
  },
  labels: ['account-data'],
  place: { kind: 'web', path: '/ap/adam', minutes: 2 },
});
