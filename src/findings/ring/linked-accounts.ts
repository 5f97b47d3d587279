import { defineFinding } from '../define-finding.ts';
import { controlListCheck } from './control-list-check.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Third-party services linked to the Ring account (Control Center → Linked Accounts). */
export const linkedAccounts = defineFinding({
  id: 'ring.linked-accounts',
  check: controlListCheck('linked-accounts', 'Linked Accounts'),
  catalog: {
    service: 'ring',
    risk: 'medium',
    recipients: ['partners'],
    steps: 4,
    helpUrl: {
      en: 'https://ring.com/au/en/support/articles/hpw10/manage-access-ring-account-devices',
      de: 'https://ring.com/de/de/support/articles/hpw10/manage-access-ring-account-devices',
    },
    helpUrlVerified: false,
    helpUrlNote: "hpw10 read only in Ring's Australian edition; the US and German copies were not found, the German address follows Ring's pattern.",
    settingsUrl: RING_CONTROL_CENTER,
    reviewedOn: '2026-12-03',
  },
  labels: ['account-access'],
  place: { kind: 'app', appSteps: 3, minutes: 2 },
  settingOnlyOn: SOURCE.ringControlCenter,
});
