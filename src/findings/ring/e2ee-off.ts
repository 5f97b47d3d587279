import { defineFinding } from '../define-finding.ts';
import { privacyEvidence } from './privacy-evidence.ts';
import { deviceSubject } from '../subjects.ts';
import { ringDeviceViews } from './ring-records.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { cloudRecordingOf } from './cloud-recording.ts';

/**
 * A camera whose videos are not end-to-end encrypted: Ring can open them, and hands them to police
 * on a warrant, or in a claimed emergency without warrant or the owner's consent.
 * Evidence is whichever source stated encryption last (settings document, device list, device_info/v3); an unknown state yields no finding.
 */
export const e2eeOff = defineFinding({
  id: 'ring.e2ee-off',
  check: (records) =>
    ringDeviceViews(records)
      .filter(({ device, settings }) => device.hasCamera && settings?.e2eeEnabled === false)
      .map(({ device, settings }) => {
        const recording = cloudRecordingOf(device, settings);
        return {
          service: 'ring' as const,
          subject: deviceSubject(device),
          // Only a camera that says it does not record keeps no cloud video, so the path is narrower; `subscribed: false`
          // alone says nothing about recording (2026 captures show recording cameras with it).
          risk: recording.records === false && settings?.localStorage !== true ? ('medium' as const) : ('high' as const),
          evidence: privacyEvidence(settings, 'e2eeEnabled'),
          details: {
            cloudRecording: recording.records,
            recordingTtlDays: settings?.recordingTtlDays ?? null,
            sharedWithYou: device.sharedWithYou,
          },
        };
      }),
  catalog: {
    service: 'ring',
    risk: 'high',
    recipients: ['ring', 'amazon', 'police'],
    steps: 4,
    // EN text read on the AU copy (mt13j). The German 360054941551 was read but is outdated (it says battery cameras cannot use
    // E2EE, wrong since Sept 2022), so DE follows Ring's article-code pattern for mt13j, not read in German (issue 27).
    helpUrl: {
      en: 'https://ring.com/support/articles/mt13j/How-to-Set-Up-Video-End-to-End-Encryption-E2EE',
      de: 'https://ring.com/de/de/support/articles/mt13j/How-to-Set-Up-Video-End-to-End-Encryption-E2EE',
    },
    helpUrlVerified: false,
    helpUrlNote: 'EN mt13j read (AU edition); the German address of mt13j follows Ring pattern and was not read; the older German article is outdated.',
    settingsUrl: RING_CONTROL_CENTER,
    // Without a plan Ring records nothing from the camera: nothing to open, nothing to hand to police.
    variants: { 'no-cloud': { recipients: ['ring', 'amazon'] } },
    reviewedOn: '2026-12-06',
  },
  labels: ['video'],
  place: { kind: 'app', appSteps: 2, minutes: 10 },
  variantRule: 'video-access',
});
