import type { Check } from '../check.ts';
import { ringAccountSubject } from '../check.ts';
import type { RawFinding } from '../../model/finding.ts';

/** A door or garage linked to Key by Amazon: delivery drivers can open it. From the lock associations or the device list. */
export const keyByAmazon: Check = {
  id: 'ring.key-by-amazon',
  run: (records) => {
    const devices = records.ringDevices ?? [];
    const fromList = devices.filter((d) => d.keyByAmazon).map(
      (d): RawFinding => ({
        id: 'ring.key-by-amazon',
        service: 'ring',
        subject: { type: 'device', id: d.id, name: d.name },
        evidence: { source: 'ring.devices', field: 'metadata.integration_type' },
        details: { maker: d.maker, model: d.model ?? null },
      }),
    );
    const seen = new Set(fromList.map((f) => f.subject.id));
    const fromAssociations = (records.ringKeyAssociations ?? [])
      .filter((a) => !a.deviceId || !seen.has(a.deviceId))
      .map((a): RawFinding => {
        const device = a.deviceId ? devices.find((d) => d.id === a.deviceId) : undefined;
        return {
          id: 'ring.key-by-amazon',
          service: 'ring',
          subject: device ? { type: 'device', id: device.id, name: device.name } : a.deviceId ? { type: 'device', id: a.deviceId, name: a.name ?? a.deviceId } : ringAccountSubject(records),
          evidence: { source: 'ring.key-associations', field: 'lock_associations' },
          details: { association: a.id },
        };
      });
    return [...fromList, ...fromAssociations];
  },
};
