import { defineFinding } from '../define-finding.ts';
import { controlListCheck } from './control-list-check.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Phones, browsers and integrations signed in to the account (Control Center → Authorized Client Devices). */
export const authorizedDevices = defineFinding({
  id: 'ring.authorized-devices',
  check: controlListCheck('authorized-devices', 'Authorized Client Devices'),
  catalog: {
    service: 'ring',
    risk: 'medium',
    recipients: ['logged-in-devices'],
    steps: 4,
    helpUrl: {
      en: 'https://support.ring.com/hc/en-us/articles/15033043742740-Managing-Your-Authorized-Logged-In-Devices',
      de: 'https://support.help.ring.com/hc/de/articles/4416254743444-Datenschutz-und-Datensicherheit',
    },
    helpUrlVerified: false,
    helpUrlNote:
      "English article 15033043742740 read; the German link is Ring's general privacy article, a German copy of the dedicated article was not found.",
    settingsUrl: {
      en: 'https://account.ring.com/account/control-center/authorized-devices',
      de: 'https://account.ring.com/account/control-center/authorized-devices',
    },
    reviewedOn: '2026-12-03',
  },
  labels: ['account-access'],
  place: { kind: 'web', path: '/account/control-center/authorized-devices', minutes: 3 },
  settingOnlyOn: SOURCE.ringControlCenter,
});
