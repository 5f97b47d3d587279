import { defineFinding } from '../define-finding.ts';
import { privacyEvidence } from './privacy-evidence.ts';
import { deviceSubject } from '../subjects.ts';
import { ringDeviceViews } from './ring-records.ts';
import { RING_DASHBOARD } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** A device that records sound with its video. The settings document wins over the device list when both say something. */
export const audioRecording = defineFinding({
  id: 'ring.audio-recording',
  check: (records) =>
    ringDeviceViews(records).flatMap(({ device, settings }) => {
      const fromSettings = settings?.audioRecording ?? null;
      const on = fromSettings ?? device.audioRecording;
      if (on !== true) return [];
      return [
        {
          service: 'ring',
          subject: deviceSubject(device),
          evidence:
            fromSettings !== null ? privacyEvidence(settings, 'audioRecording') : { source: SOURCE.ringDevices, field: 'settings.enable_audio_recording' },
          details: { sharedWithYou: device.sharedWithYou },
        },
      ];
    }),
  catalog: {
    service: 'ring',
    risk: 'medium',
    recipients: ['ring', 'amazon', 'police'],
    steps: 3,
    // DE text read (nks8k); the EN path of the same article id follows Ring's URL pattern.
    helpUrl: {
      en: 'https://ring.com/support/articles/nks8k/Disabling-the-Audio-Recording-on-your-Ring-Device',
      de: 'https://ring.com/de/de/support/articles/nks8k/Disabling-the-Audio-Recording-on-your-Ring-Device',
    },
    helpUrlVerified: false,
    helpUrlNote: "German article nks8k read on ring.com/de/de; the English address of the same article id follows Ring's pattern, its text was not read.",
    settingsUrl: RING_DASHBOARD,
    // E2EE on: Ring stores the sound only encrypted; no plan: nothing is recorded. Neither leaves police a recording to get from Ring.
    variants: { e2ee: { recipients: ['ring'] }, 'no-cloud': { recipients: ['ring'] } },
    reviewedOn: '2026-12-03',
  },
  labels: ['sound'],
  place: { kind: 'app', appSteps: 3, minutes: 2 },
  variantRule: 'video-access',
});
