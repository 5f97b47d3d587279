import type { Check } from '../check.ts';
import { endpointSubject, vendorOf } from './alexa-subjects.ts';

/** A device that reaches Alexa through a third-party vendor's skill: its data flows between the vendor and Amazon. */
export const skillDevice: Check = {
  id: 'alexa.skill-device',
  run: (records) =>
    (records.alexaEndpoints ?? [])
      .filter((e) => e.path.kind === 'skill')
      .map((e) => ({
        id: 'alexa.skill-device',
        service: 'alexa',
        subject: endpointSubject(e),
        evidence: { source: 'alexa.smart-home', field: 'legacyAppliance.driverIdentity' },
        details: { skillId: e.path.id, vendor: vendorOf(records, e), vendorDetailKeys: e.vendorDetailKeys.join(',') || null },
      })),
};
