import type { Check } from '../check.ts';
import { endpointSubject, vendorOf } from './alexa-subjects.ts';

/** Amazon can ask the vendor for this device's current state at any time (`retrievable`). */
export const stateQueryable: Check = {
  id: 'alexa.state-queryable',
  run: (records) =>
    (records.alexaEndpoints ?? [])
      .filter((e) => e.path.kind !== 'amazon-device')
      .flatMap((e) => {
        const queried = e.interfaces.filter((i) => i.retrievable === true);
        if (queried.length === 0) return [];
        return [
          {
            id: 'alexa.state-queryable',
            service: 'alexa' as const,
            subject: endpointSubject(e),
            evidence: { source: 'alexa.smart-home', field: 'capabilities[].properties.retrievable' },
            details: { interfaces: queried.map((i) => i.name).join(','), vendor: vendorOf(records, e) },
          },
        ];
      }),
};
