import type { Check } from '../check.ts';
import { deviceSubject } from '../check.ts';

/** A device someone else owns that this account can see (Ring lists those under `authorized_doorbots`, or marks them `owned: false`). */
export const sharedWithYou: Check = {
  id: 'ring.shared-with-you',
  run: (records) =>
    (records.ringDevices ?? [])
      .filter((device) => device.sharedWithYou)
      .map((device) => ({
        id: 'ring.shared-with-you',
        service: 'ring',
        subject: deviceSubject(device),
        evidence: {
          source: 'ring.devices',
          field: device.group === 'authorized_doorbots' ? 'authorized_doorbots' : 'owned',
        },
        details: { ownerName: device.owner?.name ?? null },
      })),
};
