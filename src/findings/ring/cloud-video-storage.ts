import { defineFinding } from '../define-finding.ts';
import { privacyEvidence } from './privacy-evidence.ts';
import { deviceSubject, ringAccountSubject } from '../subjects.ts';
import { ringDeviceViews, controlSettings } from './ring-records.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { cloudRecordingOf } from './cloud-recording.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Longer than Ring's EU default: more video for Ring, warrants and emergency requests to reach. */
const EU_DEFAULT_DAYS = 30;

/** How long Ring keeps a camera's videos in its cloud, per device from settings, or account-wide from the Control Center. */
export const cloudVideoStorage = defineFinding({
  id: 'ring.cloud-video-storage',
  check: (records) => {
    const perDevice = ringDeviceViews(records)
      // A camera that records (recording state, or a plan) or whose plan is not stated; not one that says it does not
      // record, nor one whose only statement is `subscribed: false` (its path is "unknown" until recording is read).
      .filter(({ device, settings }) => {
        const records = cloudRecordingOf(device, settings).records;
        return (
          device.hasCamera &&
          records !== false &&
          (records === true || device.subscribed !== false) &&
          settings?.recordingTtlDays != null &&
          settings.localStorage !== true
        );
      })
      .map(({ device, settings }) => {
        const days = settings?.recordingTtlDays ?? 0;
        return {
          service: 'ring' as const,
          subject: deviceSubject(device),
          risk: days > EU_DEFAULT_DAYS ? ('high' as const) : ('medium' as const),
          evidence: privacyEvidence(settings, 'recordingTtlDays'),
          details: {
            days,
            // 24/7 video and snapshots have their own storage times (backend_settings, 2026).
            days24x7: settings?.recording24x7TtlDays ?? null,
            snapshotHours: settings?.snapshotTtlHours ?? null,
          },
        };
      });
    if (perDevice.length > 0) return perDevice;
    const fromPage = controlSettings(records, 'video-storage').find((s) => s.amount !== null);
    if (!fromPage?.amount) return [];
    return [
      {
        service: 'ring',
        subject: ringAccountSubject(records),
        risk: fromPage.amount > EU_DEFAULT_DAYS ? 'high' : 'medium',
        evidence: { source: SOURCE.ringControlCenter, field: 'Video Storage Time' },
        details: { days: fromPage.amount },
      },
    ];
  },
  catalog: {
    service: 'ring',
    risk: 'medium',
    recipients: ['ring', 'police', 'shared-users'],
    steps: 4,
    helpUrl: {
      en: 'https://ring.com/support/articles/1nce1/Understanding-and-Adjusting-Your-Video-Storage-Time',
      de: 'https://ring.com/de/de/support/articles/1nce1/Understanding-and-Adjusting-Your-Video-Storage-Time',
    },
    helpUrlVerified: false,
    helpUrlNote:
      "German article 1nce1 read on ring.com/de/de (1–180 days, 30 by default for new devices); the English address of the same id follows Ring's pattern.",
    settingsUrl: RING_CONTROL_CENTER,
    titleArgs: ['days'],
    titleCount: 'days',
    // E2EE on: Ring keeps the files but cannot open them; shared users lose access to encrypted videos.
    variants: { e2ee: { recipients: ['ring'] } },
    reviewedOn: '2026-12-03',
  },
  labels: ['video'],
  place: { kind: 'web', path: '/account/control-center', minutes: 3 },
  variantRule: 'video-access',
});
