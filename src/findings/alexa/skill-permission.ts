import { defineFinding } from '../define-finding.ts';
import { permissionLabel } from '../flow-vocabulary.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** One finding per skill and permission it holds (address, name, e-mail, phone, location, lists…). */
export const skillPermission = defineFinding({
  id: 'alexa.skill-permission',
  check: (records) =>
    (records.skillPermissions ?? [])
      .filter((p) => p.granted === true)
      .map((p) => ({
        service: 'alexa',
        subject: { type: 'skill', id: p.skillName, name: p.skillName },
        evidence: { source: SOURCE.amazonPrivacyPage, field: 'Manage Skill Permissions' },
        details: { permission: p.permission, page: p.page },
      })),
  catalog: {
    service: 'alexa',
    risk: 'medium',
    recipients: ['skill-vendor'],
    steps: 4,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=G201602230',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=G201602230',
    },
    helpUrlVerified: false,
    helpUrlNote: 'General Alexa FAQ (G201602230); the German menu label follows a German guide.',
    settingsUrl: { en: 'https://www.amazon.com/alexaprivacysettings', de: 'https://www.amazon.de/alexaprivacysettings' },
    titleArgs: [{ detail: 'permission', as: 'permission' }],
    reviewedOn: '2026-12-03',
  },
  labels: (finding) => [permissionLabel(String(finding.details['permission'] ?? ''))],
  place: { kind: 'web', path: '/alexaprivacysettings', minutes: 2 },
  settingOnlyOn: SOURCE.amazonPrivacyPage,
});
