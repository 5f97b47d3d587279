import type { Records } from '../../model/records.ts';
import type { ControlSettingKey } from '../../model/ring.ts';
import type { FindingDraft } from '../define-finding.ts';
import { deviceSubject, ringAccountSubject } from '../subjects.ts';
import { controlSettings, featureOf, featureSourceOf, ringDeviceViews, type DeviceFeature } from './ring-records.ts';
import { SOURCE } from '../../model/source-ids.ts';

/**
 * A camera feature that sends more to Ring (faces, AI descriptions, snapshots): per device from the JSON,
 * or from the Control Center switch when no device document said anything.
 */
export function deviceFeatureCheck(features: readonly DeviceFeature[], controlKey: ControlSettingKey, field: string): (records: Records) => FindingDraft[] {
  return (records) => {
    const perDevice = ringDeviceViews(records)
      .filter((view) => view.device.hasCamera && features.some((f) => featureOf(view, records, f) === true))
      .map((view): FindingDraft => ({
        service: 'ring',
        subject: deviceSubject(view.device),
        evidence: { source: features.map((f) => featureSourceOf(view, records, f)).find((s) => s?.value === true)?.source ?? SOURCE.ringDeviceInfo, field },
        details: Object.fromEntries(features.map((f) => [f, featureOf(view, records, f)])),
      }));
    if (perDevice.length > 0) return perDevice;
    return controlSettings(records, controlKey)
      .filter((s) => s.state === 'on')
      .map((s) => ({
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: { source: SOURCE.ringControlCenter, field: controlKey },
        details: { page: s.page },
      }));
  };
}
