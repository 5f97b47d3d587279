import type { Risk } from '../../model/finding.ts';
import { STATE_SENSITIVITY, UNKNOWN_STATE_SENSITIVITY, type AlexaInterface, type StateSensitivity } from '../../model/alexa.ts';
import { defineFinding } from '../define-finding.ts';
import { endpointSubject } from '../subjects.ts';
import { vendorOf } from './alexa-records.ts';
import { interfaceLabels } from './interface-labels.ts';
import { SOURCE } from '../../model/source-ids.ts';

const RANK: readonly StateSensitivity[] = ['low', 'medium', 'high'];

/** How revealing one reported interface is; an interface Alexposé does not know gets a neutral risk, not a guess. */
function sensitivityOf(iface: AlexaInterface): StateSensitivity {
  return STATE_SENSITIVITY[iface.name] ?? UNKNOWN_STATE_SENSITIVITY;
}

/**
 * Why this finding is high, medium or low for a device: the check takes the most revealing interface the
 * vendor reports (table `STATE_SENSITIVITY` in src/model/alexa.ts; research: docs/knowledge-sources-alexa.md,
 * "Risk by reported interface"). The entry's `risk: 'high'` is the ceiling; the check always sets the level.
 */
export const STATE_REPORTING_RISK_REASONS: Readonly<Record<StateSensitivity, string>> = {
  high: 'Each change tells Amazon whether someone is home, asleep or away, or what happens at the door: lock state, door and window contacts, presence, motion and sound detection, camera and doorbell events, the security system, room temperature and heating mode.',
  medium:
    'Each change adds to a timeline of daily routines less directly: lights and plugs switched, brightness, media and TV use, appliance modes, energy use, air quality. Also the level for an interface Alexposé does not know: neither a false alarm nor a false "safe".',
  low: 'Only whether the device is online or its battery level; nearly every vendor device reports this (public GraphQL samples carry Alexa.EndpointHealth with proactivelyReported true on almost every endpoint).',
};

/**
 * The name whose words the title uses for an interface: for `Alexa.EndpointHealth` the properties the device
 * reports decide whether "low on battery" may be said (only with `battery`; `connectivity` alone is online/offline).
 */
function wordsFor(iface: AlexaInterface): string {
  if (iface.name !== 'Alexa.EndpointHealth' || iface.properties.length === 0) return iface.name;
  if (iface.properties.includes('battery')) return 'Alexa.EndpointHealth.battery';
  return iface.properties.includes('connectivity') ? 'Alexa.EndpointHealth.connectivity' : iface.name;
}

/**
 * What a device's reported interfaces say, in one pass: their names, the words the title uses, their properties (each
 * once), each one's level, those Alexposé does not know, and the highest level (the finding's risk).
 */
function pushedFacts(pushed: readonly AlexaInterface[]): {
  names: string[];
  words: string[];
  properties: Set<string>;
  risks: string[];
  unknown: string[];
  risk: Risk;
} {
  const names: string[] = [];
  const words: string[] = [];
  const properties = new Set<string>();
  const risks: string[] = [];
  const unknown: string[] = [];
  let highest = -1;
  for (const iface of pushed) {
    const level = sensitivityOf(iface);
    names.push(iface.name);
    words.push(wordsFor(iface));
    for (const property of iface.properties) properties.add(property);
    risks.push(`${iface.name}:${level}`);
    if (STATE_SENSITIVITY[iface.name] === undefined) unknown.push(iface.name);
    highest = Math.max(highest, RANK.indexOf(level));
  }
  // One literal, not a spread of the lists (one per reporting device: thousands).
  return { names, words, properties, risks, unknown, risk: RANK[highest] ?? UNKNOWN_STATE_SENSITIVITY };
}

/**
 * A smart-home device whose vendor pushes every state change to Amazon (`proactivelyReported`), whether or not
 * anyone speaks to Alexa: the Ecobee story. Only devices that come through a vendor's skill (or an unknown path)
 * count: Amazon's own devices report their sensors as presence and sound findings, and a device on Amazon's own
 * cloud path has no vendor in between. The risk follows the most revealing reported interface: connectivity
 * alone is low, lights and plugs medium, locks, doors, presence, motion, temperature and camera events high.
 */
export const stateReporting = defineFinding({
  id: 'alexa.state-reporting',
  check: (records) =>
    (records.alexaEndpoints ?? [])
      .filter((e) => e.path.kind === 'skill' || e.path.kind === 'unknown')
      .flatMap((e) => {
        const pushed = e.interfaces.filter((i) => i.proactivelyReported === true);
        if (pushed.length === 0) return [];
        const facts = pushedFacts(pushed);
        return [
          {
            service: 'alexa' as const,
            subject: endpointSubject(e),
            risk: facts.risk,
            evidence: { source: SOURCE.alexaSmartHome, field: 'capabilities[].properties.proactivelyReported' },
            details: {
              interfaces: facts.names.join(','),
              // What the title says each interface reveals, bound to the properties the device itself reports.
              interfaceWords: facts.words.join(','),
              properties: [...facts.properties].join(','),
              interfaceRisks: facts.risks.join(','),
              unknownInterfaces: facts.unknown.join(',') || null,
              vendor: vendorOf(records, e),
              skillId: e.path.kind === 'skill' ? e.path.id : null,
            },
          },
        ];
      }),
  catalog: {
    service: 'alexa',
    risk: 'high',
    recipients: ['amazon', 'skill-vendor'],
    steps: 4,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
    },
    helpUrlVerified: false,
    helpUrlNote:
      "Amazon's Alexa privacy FAQ (GVP69FUJ48X9DK8V) read on amazon.com; the German page is the same node on amazon.de, seen only through a copy. The smart home history wording is on Amazon's Australian privacy page.",
    settingsUrl: { en: 'https://www.amazon.com/alexaprivacysettings', de: 'https://www.amazon.de/alexaprivacysettings' },
    // A device that reaches Amazon itself (an Amazon device or cloud service) has no skill vendor in between.
    variants: { direct: { recipients: ['amazon'] } },
    titleArgs: [{ detail: 'interfaceWords', as: 'interfaces' }],
    reviewedOn: '2026-12-03',
  },
  labels: interfaceLabels,
  place: { kind: 'app', appSteps: 2, minutes: 3 },
  variantRule: 'device-path',
});
