import type { Check } from '../check.ts';
import { endpointSubject, vendorOf } from './alexa-subjects.ts';

/**
 * A smart-home device whose vendor pushes every state change to Amazon (`proactivelyReported`), whether or not
 * anyone speaks to Alexa: the Ecobee story. Amazon's own Echos report their sensors too; those are presence
 * and sound findings, so devices that reach Alexa as an Amazon device are left out here.
 */
export const stateReporting: Check = {
  id: 'alexa.state-reporting',
  run: (records) =>
    (records.alexaEndpoints ?? [])
      .filter((e) => e.path.kind !== 'amazon-device')
      .flatMap((e) => {
        const pushed = e.interfaces.filter((i) => i.proactivelyReported === true);
        if (pushed.length === 0) return [];
        return [
          {
            id: 'alexa.state-reporting',
            service: 'alexa' as const,
            subject: endpointSubject(e),
            evidence: { source: 'alexa.smart-home', field: 'capabilities[].properties.proactivelyReported' },
            details: {
              interfaces: pushed.map((i) => i.name).join(','),
              properties: [...new Set(pushed.flatMap((i) => i.properties))].join(','),
              vendor: vendorOf(records, e),
              skillId: e.path.kind === 'skill' ? e.path.id : null,
            },
          },
        ];
      }),
};
