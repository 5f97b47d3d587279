import type { RingDevice, RingDeviceSettings } from '../../model/ring.ts';
import { JsonReader, isObject } from '../json-reader.ts';
import { readDevice } from './ring-devices.ts';
import { groupOf } from './ring-device-info.ts';
import { readEntryPrivacy } from './ring-device-privacy.ts';

/**
 * `devices/v1/devices/{id}`: one device as Ring answers it to anyone with access, also a shared user
 * (python-ring-doorbell #520, 2026-03-25: `GET /devices/v1/devices/{id} → 200 (authorization.role: "shared_user")`).
 * Only `authorization.role` is public; the rest of the body is read with the device-entry readers when it carries
 * their fields. `shared_user` makes the device someone else's, `owner` this account's; other roles stay unknown.
 */
export function readRingDeviceV1(body: unknown, idFromUrl: string | null, reader: JsonReader): { devices: RingDevice[]; settings: RingDeviceSettings[] } {
  const out = { devices: [] as RingDevice[], settings: [] as RingDeviceSettings[] };
  if (!isObject(body)) {
    reader.note('error', 'not-an-object', '$', 'The device document is not a JSON object.');
    return out;
  }
  const id = reader.id(body, 'id', '$') ?? idFromUrl;
  const authorization = reader.object(body, 'authorization', '$');
  const role = authorization ? reader.string(authorization, 'role', 'authorization') : null;
  if (!id) {
    reader.note('error', 'no-id', '$', 'No device id in the document or its URL.');
    return out;
  }
  if (role === null) {
    reader.note('warning', 'missing-field', 'authorization.role', 'No authorization.role: whose device this is was not read.');
  } else if (role !== 'shared_user' && role !== 'owner') {
    reader.note('info', 'unknown-value', 'authorization.role', `Role "${role.slice(0, 40)}" is not known to Alexposé; ownership is unknown.`);
  }
  const owned = role === 'shared_user' ? false : role === 'owner' ? true : null;
  // The device record repeats fields the privacy reader reports on; keep only its warnings.
  const scratch = new JsonReader();
  const record = readDevice({ ...body, id, owned: owned ?? body['owned'] }, groupOf(body['kind'], owned), scratch, '$', `v1:${id}`);
  for (const d of scratch.diagnostics) if (d.level !== 'info') reader.note(d.level, d.code, d.at ?? '$', d.message);
  if (!record) return out;
  if (record.name.startsWith('Ring ') && typeof body['description'] !== 'string') {
    reader.note('info', 'missing-field', 'description', 'Device without a name; Alexposé names it by kind and id.');
  }
  out.devices.push(record);
  const privacy = readEntryPrivacy(body, id, reader, '$');
  if (privacy) out.settings.push(privacy);
  return out;
}
