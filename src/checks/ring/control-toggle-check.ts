import type { Check } from '../check.ts';
import { controlSettings, ringAccountSubject } from '../check.ts';
import type { ControlSettingKey } from '../../model/ring.ts';
import type { RawFinding } from '../../model/finding.ts';

/**
 * A finding for each Control Center switch of the given kinds that is on. Per-device rows (Search Party)
 * name the device; the subject then is that device when the device list knows it by that name.
 */
export function controlToggleCheck(id: string, keys: readonly ControlSettingKey[]): Check {
  return {
    id,
    run: (records) =>
      keys.flatMap((key) =>
        controlSettings(records, key)
          .filter((s) => s.state === 'on')
          .map((s): RawFinding => {
            const device = s.deviceName ? records.ringDevices?.find((d) => d.name === s.deviceName) : undefined;
            return {
              id,
              service: 'ring',
              subject: device ? { type: 'device', id: device.id, name: device.name } : s.deviceName ? { type: 'device', id: s.deviceName, name: s.deviceName } : ringAccountSubject(records),
              evidence: { source: 'ring.control-center', field: key },
              details: { setting: key, page: s.page },
            };
          }),
      ),
  };
}
