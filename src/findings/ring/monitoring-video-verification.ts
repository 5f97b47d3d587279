import { defineFinding } from '../define-finding.ts';
import { RING_DASHBOARD } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Professional monitoring with video verification: the monitoring centre may watch the cameras on an alarm. */
export const monitoringVideoVerification = defineFinding({
  id: 'ring.monitoring-video-verification',
  check: (records) =>
    (records.ringMonitoring ?? [])
      .filter((m) => m.videoVerification === true)
      .map((m) => {
        const location = records.ringLocations?.find((l) => l.id === m.locationId);
        return {
          service: 'ring',
          subject: { type: 'location', id: m.locationId, name: location?.name ?? m.locationId },
          evidence: { source: SOURCE.ringMonitoring, field: 'vrUserOptIn' },
          details: { professionallyMonitored: m.professionallyMonitored, dispatch: m.dispatch },
        };
      }),
  catalog: {
    service: 'ring',
    risk: 'low',
    recipients: ['monitoring-center', 'guard-service', 'police'],
    steps: 4,
    // `vrUserOptIn` is the Guard Response opt-in (a guard is sent on an alarm); the id is kept for the public contract.
    // Article text and opt-in steps read 2026-12-03; that vrUserOptIn is this opt-in is inferred (docs/knowledge-sources-ring.md).
    // Monitoring is US and Canada only: no German page exists, so both languages link the English article.
    helpUrl: {
      en: 'https://support.help.ring.com/hc/en-us/articles/360049157011-Alarm-Verified-Guard-Response',
      de: 'https://support.help.ring.com/hc/en-us/articles/360049157011-Alarm-Verified-Guard-Response',
    },
    helpUrlVerified: true,
    settingsUrl: RING_DASHBOARD,
    regions: ['US', 'CA'],
    reviewedOn: '2026-12-06',
  },
  labels: ['video'],
  place: { kind: 'app', appSteps: 2, minutes: 3 },
});
