import type { Records } from '../../model/records.ts';
import type { FindingDraft } from '../define-finding.ts';
import { echoSubject, endpointSubject } from '../subjects.ts';
import { echoBy } from './alexa-records.ts';
import { SOURCE } from '../../model/source-ids.ts';

/**
 * An Amazon device that senses the home: from the device list's capability names and from the interfaces
 * its own smart-home endpoints declare. One finding per device (by serial), whichever source said it.
 */
export function echoSensing(capability: RegExp, iface: RegExp): (records: Records) => FindingDraft[] {
  return (records) => {
    const findings = new Map<string, FindingDraft>();
    for (const device of records.alexaDevices ?? []) {
      const hit = device.capabilities.filter((c) => capability.test(c));
      if (hit.length > 0)
        findings.set(device.serial, {
          service: 'alexa',
          subject: echoSubject(device),
          evidence: { source: SOURCE.alexaDevices, field: 'capabilities' },
          details: { capabilities: hit.join(',') },
        });
    }
    // Only Amazon's own devices: a vendor's camera that detects people is a state-reporting finding instead.
    for (const endpoint of (records.alexaEndpoints ?? []).filter((e) => e.path.kind === 'amazon-device')) {
      const hit = endpoint.interfaces.filter((i) => iface.test(i.name));
      if (hit.length === 0) continue;
      const echo = echoBy(records, { serial: endpoint.path.id });
      // One finding per Echo, whether the device list, its AlexaBridge endpoint or its Amazon cloud-service endpoint said it.
      const key = echo?.serial ?? endpoint.path.id ?? endpoint.id;
      if (findings.has(key)) continue;
      findings.set(key, {
        service: 'alexa',
        subject: echo ? echoSubject(echo) : endpointSubject(endpoint),
        evidence: { source: SOURCE.alexaSmartHome, field: 'capabilities[].interfaceName' },
        details: { interfaces: hit.map((i) => i.name).join(','), pushed: hit.some((i) => i.proactivelyReported === true) },
      });
    }
    return [...findings.values()];
  };
}
