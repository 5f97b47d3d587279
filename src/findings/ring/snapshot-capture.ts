import { defineFinding } from '../define-finding.ts';
import { deviceFeatureCheck } from './device-feature-check.ts';
import { RING_DASHBOARD } from './ring-urls.ts';
import { ringDeviceViews } from './ring-records.ts';

/** 24/7 Snapshot Capture: a still image uploaded every few minutes, motion or not. */
export const snapshotCapture = defineFinding({
  id: 'ring.snapshot-capture',
  // Per device also how many hours Ring keeps the snapshots (`lite_24x7_footage_ttl`, `user_specified_footage_hours_ttl`; 2026).
  check: (records) => {
    const hours = new Map(ringDeviceViews(records).map((v) => [v.device.id, v.settings?.snapshotTtlHours ?? null]));
    return deviceFeatureCheck(
      ['snapshotCapture'],
      'snapshot-capture',
      'lite_24x7_enabled',
    )(records).map((draft) =>
      draft.subject.type === 'device' ? { ...draft, details: { ...draft.details, snapshotHours: hours.get(draft.subject.id) ?? null } } : draft,
    );
  },
  catalog: {
    service: 'ring',
    risk: 'medium',
    recipients: ['ring', 'shared-users', 'police'],
    steps: 4,
    helpUrl: { en: 'https://ring.com/support/articles/2e9q3/Using-Snapshot-Capture', de: 'https://support.ring.com/hc/de/articles/360034355652' },
    helpUrlVerified: false,
    helpUrlNote:
      "Article 2e9q3 read only in Ring's Japanese edition; the German link is an older support.ring.com article; the English address follows Ring's pattern.",
    settingsUrl: RING_DASHBOARD,
    reviewedOn: '2026-12-03',
  },
  labels: ['snapshots'],
  place: { kind: 'app', appSteps: 4, minutes: 2 },
  variantRule: 'video-access',
});
