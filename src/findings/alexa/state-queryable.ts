import { defineFinding } from '../define-finding.ts';
import { endpointSubject } from '../subjects.ts';
import { vendorOf } from './alexa-records.ts';
import { interfaceLabels } from './interface-labels.ts';
import { SOURCE } from '../../model/source-ids.ts';

/**
 * Amazon can ask the vendor for this device's current state at any time (`retrievable`), or Amazon answered with
 * the device's live state itself (`getEndpointState`: `features[].properties[].timeOfSample`, newest sample kept).
 */
export const stateQueryable = defineFinding({
  id: 'alexa.state-queryable',
  check: (records) =>
    (records.alexaEndpoints ?? [])
      .filter((e) => e.path.kind !== 'amazon-device' || e.liveState)
      .flatMap((e) => {
        const queried = e.interfaces.filter((i) => i.retrievable === true);
        if (queried.length === 0 && e.liveState) {
          return [
            {
              service: 'alexa' as const,
              subject: endpointSubject(e),
              evidence: { source: SOURCE.alexaSmartHome, field: 'features[].properties[].timeOfSample' },
              details: { interfaces: e.liveState.properties.join(','), vendor: vendorOf(records, e), lastSample: e.liveState.lastSample },
            },
          ];
        }
        if (queried.length === 0 || e.path.kind === 'amazon-device') return [];
        return [
          {
            service: 'alexa' as const,
            subject: endpointSubject(e),
            evidence: { source: SOURCE.alexaSmartHome, field: 'capabilities[].properties.retrievable' },
            details: { interfaces: queried.map((i) => i.name).join(','), vendor: vendorOf(records, e) },
          },
        ];
      }),
  catalog: {
    service: 'alexa',
    risk: 'medium',
    recipients: ['amazon', 'skill-vendor'],
    steps: 3,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
    },
    helpUrlVerified: false,
    helpUrlNote: "Amazon's Alexa privacy FAQ (GVP69FUJ48X9DK8V) read on amazon.com; the German page is the same node on amazon.de, seen only through a copy.",
    settingsUrl: { en: 'https://www.amazon.com/alexaprivacysettings', de: 'https://www.amazon.de/alexaprivacysettings' },
    // A device that reaches Amazon itself (an Amazon device or cloud service) has no skill vendor in between.
    variants: { direct: { recipients: ['amazon'] } },
    reviewedOn: '2026-12-03',
  },
  labels: interfaceLabels,
  place: { kind: 'app', appSteps: 2, minutes: 3 },
  variantRule: 'device-path',
});
