import type { Check } from '../check.ts';
import type { Risk } from '../../model/finding.ts';
import { STATE_SENSITIVITY, UNKNOWN_STATE_SENSITIVITY, type AlexaInterface, type StateSensitivity } from '../../model/alexa.ts';
import { endpointSubject, vendorOf } from './alexa-subjects.ts';

const RANK: readonly StateSensitivity[] = ['low', 'medium', 'high'];

/** How revealing one reported interface is; an interface Alexposé does not know gets a neutral risk, not a guess. */
export function sensitivityOf(iface: AlexaInterface): StateSensitivity {
  return STATE_SENSITIVITY[iface.name] ?? UNKNOWN_STATE_SENSITIVITY;
}

/**
 * A smart-home device whose vendor pushes every state change to Amazon (`proactivelyReported`), whether or not
 * anyone speaks to Alexa: the Ecobee story. Only devices that come through a vendor's skill (or an unknown path)
 * count: Amazon's own devices report their sensors as presence and sound findings, and a device on Amazon's own
 * cloud path has no vendor in between. The risk follows the most revealing reported interface: connectivity
 * alone is low, lights and plugs medium, locks, doors, presence, motion, temperature and camera events high.
 */
export const stateReporting: Check = {
  id: 'alexa.state-reporting',
  run: (records) =>
    (records.alexaEndpoints ?? [])
      .filter((e) => e.path.kind === 'skill' || e.path.kind === 'unknown')
      .flatMap((e) => {
        const pushed = e.interfaces.filter((i) => i.proactivelyReported === true);
        if (pushed.length === 0) return [];
        const levels = pushed.map(sensitivityOf);
        const risk: Risk = RANK[Math.max(...levels.map((l) => RANK.indexOf(l)))] ?? UNKNOWN_STATE_SENSITIVITY;
        const unknown = pushed.filter((i) => STATE_SENSITIVITY[i.name] === undefined).map((i) => i.name);
        return [
          {
            id: 'alexa.state-reporting',
            service: 'alexa' as const,
            subject: endpointSubject(e),
            risk,
            evidence: { source: 'alexa.smart-home', field: 'capabilities[].properties.proactivelyReported' },
            details: {
              interfaces: pushed.map((i) => i.name).join(','),
              properties: [...new Set(pushed.flatMap((i) => i.properties))].join(','),
              interfaceRisks: pushed.map((i, k) => `${i.name}:${levels[k]}`).join(','),
              unknownInterfaces: unknown.join(',') || null,
              vendor: vendorOf(records, e),
              skillId: e.path.kind === 'skill' ? e.path.id : null,
            },
          },
        ];
      }),
};
