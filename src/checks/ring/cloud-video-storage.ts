import type { Check } from '../check.ts';
import { controlSettings, deviceSubject, ringAccountSubject, ringDeviceViews } from '../check.ts';
import { privacyEvidence } from './privacy-evidence.ts';

/** Longer than Ring's EU default: more video for Ring, warrants and emergency requests to reach. */
const EU_DEFAULT_DAYS = 30;

/** How long Ring keeps a camera's videos in its cloud, per device from settings, or account-wide from the Control Center. */
export const cloudVideoStorage: Check = {
  id: 'ring.cloud-video-storage',
  run: (records) => {
    const perDevice = ringDeviceViews(records)
      .filter(({ device, settings }) => device.hasCamera && device.subscribed !== false && settings?.recordingTtlDays != null && settings.localStorage !== true)
      .map(({ device, settings }) => {
        const days = settings?.recordingTtlDays ?? 0;
        return {
          id: 'ring.cloud-video-storage',
          service: 'ring' as const,
          subject: deviceSubject(device),
          risk: days > EU_DEFAULT_DAYS ? ('high' as const) : ('medium' as const),
          evidence: privacyEvidence(settings, 'recordingTtlDays'),
          details: { days },
        };
      });
    if (perDevice.length > 0) return perDevice;
    const fromPage = controlSettings(records, 'video-storage').find((s) => s.amount !== null);
    if (!fromPage?.amount) return [];
    return [
      {
        id: 'ring.cloud-video-storage',
        service: 'ring',
        subject: ringAccountSubject(records),
        risk: fromPage.amount > EU_DEFAULT_DAYS ? 'high' : 'medium',
        evidence: { source: 'ring.control-center', field: 'Video Storage Time' },
        details: { days: fromPage.amount },
      },
    ];
  },
};
