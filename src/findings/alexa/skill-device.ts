import { defineFinding } from '../define-finding.ts';
import { endpointSubject } from '../subjects.ts';
import { vendorOf } from './alexa-records.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** A device that reaches Alexa through a third-party vendor's skill: its data flows between the vendor and Amazon. */
export const skillDevice = defineFinding({
  id: 'alexa.skill-device',
  check: (records) =>
    (records.alexaEndpoints ?? [])
      .filter((e) => e.path.kind === 'skill')
      .map((e) => ({
        service: 'alexa',
        subject: endpointSubject(e),
        evidence: { source: SOURCE.alexaSmartHome, field: 'legacyAppliance.driverIdentity' },
        details: { skillId: e.path.id, vendor: vendorOf(records, e), vendorDetailKeys: e.vendorDetailKeys.join(',') || null },
      })),
  catalog: {
    service: 'alexa',
    risk: 'low',
    recipients: ['skill-vendor', 'amazon'],
    steps: 3,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
    },
    helpUrlVerified: false,
    helpUrlNote: 'General Alexa privacy FAQ (GVP69FUJ48X9DK8V); the steps in the Alexa app follow third-party guides.',
    settingsUrl: { en: 'https://www.amazon.com/alexaprivacysettings', de: 'https://www.amazon.de/alexaprivacysettings' },
    reviewedOn: '2026-12-03',
  },
  labels: ['device-state'],
  place: { kind: 'app', appSteps: 2, minutes: 2 },
});
