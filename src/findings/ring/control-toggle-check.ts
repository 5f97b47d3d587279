import type { Records } from '../../model/records.ts';
import type { ControlSettingKey } from '../../model/ring.ts';
import type { FindingDraft } from '../define-finding.ts';
import { ringAccountSubject } from '../subjects.ts';
import { controlSettings } from './ring-records.ts';
import { SOURCE } from '../../model/source-ids.ts';

/**
 * A finding for each Control Center switch of the given kinds that is on. Per-device rows (Search Party)
 * name the device; the subject then is that device when the device list knows it by that name.
 */
export function controlToggleCheck(keys: readonly ControlSettingKey[]): (records: Records) => FindingDraft[] {
  return (records) =>
    keys.flatMap((key) =>
      controlSettings(records, key)
        .filter((s) => s.state === 'on')
        .map((s): FindingDraft => {
          const device = s.deviceName ? records.ringDevices?.find((d) => d.name === s.deviceName) : undefined;
          return {
            service: 'ring',
            subject: device
              ? { type: 'device', id: device.id, name: device.name }
              : s.deviceName
                ? { type: 'device', id: s.deviceName, name: s.deviceName }
                : ringAccountSubject(records),
            evidence: { source: SOURCE.ringControlCenter, field: key },
            details: { setting: key, page: s.page },
          };
        }),
    );
}
