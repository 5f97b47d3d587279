import type { Check } from '../check.ts';

/** Professional monitoring with video verification: the monitoring centre may watch the cameras on an alarm. */
export const monitoringVideoVerification: Check = {
  id: 'ring.monitoring-video-verification',
  run: (records) =>
    (records.ringMonitoring ?? [])
      .filter((m) => m.videoVerification === true)
      .map((m) => {
        const location = records.ringLocations?.find((l) => l.id === m.locationId);
        return {
          id: 'ring.monitoring-video-verification',
          service: 'ring',
          subject: { type: 'location', id: m.locationId, name: location?.name ?? m.locationId },
          evidence: { source: 'ring.monitoring', field: 'vrUserOptIn' },
          details: { professionallyMonitored: m.professionallyMonitored, dispatch: m.dispatch },
        };
      }),
};
