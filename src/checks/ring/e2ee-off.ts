import type { Check } from '../check.ts';
import { deviceSubject, ringDeviceViews } from '../check.ts';
import { privacyEvidence } from './privacy-evidence.ts';

/**
 * A camera whose videos are not end-to-end encrypted: Ring can open them, and hands them to police
 * on a warrant, or in a claimed emergency without warrant or the owner's consent.
 * Evidence is whichever source stated encryption last (settings document, device list, device_info/v3); an unknown state yields no finding.
 */
export const e2eeOff: Check = {
  id: 'ring.e2ee-off',
  run: (records) =>
    ringDeviceViews(records)
      .filter(({ device, settings }) => device.hasCamera && settings?.e2eeEnabled === false)
      .map(({ device, settings }) => ({
        id: 'ring.e2ee-off',
        service: 'ring',
        subject: deviceSubject(device),
        // Without a plan Ring keeps no cloud video of this camera, so the path is narrower.
        risk: device.subscribed === false && settings?.localStorage !== true ? 'medium' : 'high',
        evidence: privacyEvidence(settings, 'e2eeEnabled'),
        details: {
          cloudRecording: device.subscribed,
          recordingTtlDays: settings?.recordingTtlDays ?? null,
          sharedWithYou: device.sharedWithYou,
        },
      })),
};
