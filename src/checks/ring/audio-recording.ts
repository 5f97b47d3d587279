import type { Check } from '../check.ts';
import { deviceSubject, ringDeviceViews } from '../check.ts';
import { privacyEvidence } from './privacy-evidence.ts';

/** A device that records sound with its video. The settings document wins over the device list when both say something. */
export const audioRecording: Check = {
  id: 'ring.audio-recording',
  run: (records) =>
    ringDeviceViews(records).flatMap(({ device, settings }) => {
      const fromSettings = settings?.audioRecording ?? null;
      const on = fromSettings ?? device.audioRecording;
      if (on !== true) return [];
      return [
        {
          id: 'ring.audio-recording',
          service: 'ring',
          subject: deviceSubject(device),
          evidence:
            fromSettings !== null
              ? privacyEvidence(settings, 'audioRecording')
              : { source: 'ring.devices', field: 'settings.enable_audio_recording' },
          details: { sharedWithYou: device.sharedWithYou },
        },
      ];
    }),
};
