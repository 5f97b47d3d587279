import type { Check } from '../check.ts';
import { controlSettings, deviceSubject, featureOf, featureSourceOf, ringAccountSubject, ringDeviceViews, type DeviceFeature } from '../check.ts';
import type { ControlSettingKey } from '../../model/ring.ts';
import type { RawFinding } from '../../model/finding.ts';

type Feature = DeviceFeature;

/**
 * A camera feature that sends more to Ring (faces, AI descriptions, snapshots): per device from the JSON,
 * or from the Control Center switch when no device document said anything.
 */
export function deviceFeatureCheck(id: string, features: readonly Feature[], controlKey: ControlSettingKey, field: string): Check {
  return {
    id,
    run: (records) => {
      const perDevice = ringDeviceViews(records)
        .filter((view) => view.device.hasCamera && features.some((f) => featureOf(view, records, f) === true))
        .map(
          (view): RawFinding => ({
            id,
            service: 'ring',
            subject: deviceSubject(view.device),
            evidence: { source: features.map((f) => featureSourceOf(view, records, f)).find((s) => s?.value === true)?.source ?? 'ring.device-info', field },
            details: Object.fromEntries(features.map((f) => [f, featureOf(view, records, f)])),
          }),
        );
      if (perDevice.length > 0) return perDevice;
      return controlSettings(records, controlKey)
        .filter((s) => s.state === 'on')
        .map((s) => ({
          id,
          service: 'ring',
          subject: ringAccountSubject(records),
          evidence: { source: 'ring.control-center', field: controlKey },
          details: { page: s.page },
        }));
    },
  };
}
