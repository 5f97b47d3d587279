import type { Check } from '../check.ts';
import type { Records } from '../../model/records.ts';
import type { RawFinding } from '../../model/finding.ts';
import { echoBy, echoSubject, endpointSubject } from './alexa-subjects.ts';

/**
 * An Amazon device that senses the home: from the device list's capability names and from the interfaces
 * its own smart-home endpoints declare. One finding per device (by serial), whichever source said it.
 */
function echoSensing(id: string, capability: RegExp, iface: RegExp): Check {
  return {
    id,
    run: (records: Records) => {
      const findings = new Map<string, RawFinding>();
      for (const device of records.alexaDevices ?? []) {
        const hit = device.capabilities.filter((c) => capability.test(c));
        if (hit.length > 0) findings.set(device.serial, { id, service: 'alexa', subject: echoSubject(device), evidence: { source: 'alexa.devices', field: 'capabilities' }, details: { capabilities: hit.join(',') } });
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
          id,
          service: 'alexa',
          subject: echo ? echoSubject(echo) : endpointSubject(endpoint),
          evidence: { source: 'alexa.smart-home', field: 'capabilities[].interfaceName' },
          details: { interfaces: hit.map((i) => i.name).join(','), pushed: hit.some((i) => i.proactivelyReported === true) },
        });
      }
      return [...findings.values()];
    },
  };
}

/** Whether people are present, from the camera or ultrasound: Echo Show presence detection. */
export const presenceDetection = echoSensing('alexa.presence-detection', /PRESENCE/i, /^Alexa\.EventDetectionSensor$/);

/** Listening for sounds (glass break, smoke alarm, snoring…). */
export const soundDetection = echoSensing('alexa.sound-detection', /SOUND_(EVENT_)?DETECTION|ACOUSTIC/i, /^Alexa\.AcousticEventSensor$/);
