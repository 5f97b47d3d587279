import type { RingDeviceAccess } from '../../model/ring.ts';
import { JsonReader, isObject } from '../json-reader.ts';

/**
 * `devices/v1/devices/{id}`: the one field read is `authorization.role`, the account's role on that device
 * (`owner`, or `shared_user` for a device someone shared with it). Public evidence: python-ring-doorbell issue
 * #520 (2026-03-25), "GET /devices/v1/devices/{id} → 200 (authorization.role: "shared_user")". The rest of the
 * document is not public, so nothing else is read from it.
 */
export function readRingDeviceAccess(body: unknown, deviceId: string, reader: JsonReader): RingDeviceAccess | null {
  if (!isObject(body)) {
    reader.note('error', 'not-an-object', '$', 'The device document is not a JSON object.');
    return null;
  }
  const authorization = reader.object(body, 'authorization', '$');
  const role = authorization ? reader.string(authorization, 'role', 'authorization') : null;
  if (!role) {
    reader.note('warning', 'missing-field', 'authorization.role', "The account's role on this device is not stated: who controls it stays unknown.");
    return null;
  }
  return { deviceId, role: role.slice(0, 40) };
}
