import type { RingLocationUser } from '../../model/ring.ts';
import { JsonReader, isObject, readEntries } from '../json-reader.ts';

export function looksLikeRingLocationUsers(body: unknown): boolean {
  return Array.isArray(body) && body.length > 0 && isObject(body[0]) && body[0]['object_type'] === 'user' && Array.isArray(body[0]['devices']);
}

/** `clients_api/locations/{id}/users` → who has access, with the highest role they hold on any device. */
export function readRingLocationUsers(body: unknown, locationId: string, reader: JsonReader): RingLocationUser[] {
  if (!Array.isArray(body)) {
    reader.note('error', 'not-an-array', '$', 'The users list is not a JSON array.');
    return [];
  }
  return readEntries(reader, body, '$', (entry, i) => readUser(entry, `[${i}]`, locationId, reader), { empty: 'Nobody else has access to this location.' });
}

function readUser(entry: unknown, at: string, locationId: string, reader: JsonReader): RingLocationUser | null {
  if (!isObject(entry)) {
    reader.note('warning', 'not-an-object', at, 'User entry is not an object; skipped.');
    return null;
  }
  const userId = reader.id(entry, 'id', at);
  if (!userId) {
    reader.note('warning', 'missing-id', at, 'User without id; skipped.');
    return null;
  }
  const devices = reader.array(entry, 'devices', at) ?? [];
  const roles = new Set<string>();
  const deviceIds: string[] = [];
  devices.forEach((d, j) => {
    if (!isObject(d)) return;
    const role = reader.string(d, 'role', `${at}.devices[${j}]`);
    if (role) roles.add(role);
    const id = reader.id(d, 'id', `${at}.devices[${j}]`);
    if (id) deviceIds.push(id);
  });
  const name = `${reader.string(entry, 'first_name', at) ?? ''} ${reader.string(entry, 'last_name', at) ?? ''}`.trim();
  const verified = reader.bool(entry, 'verified', at);
  return { locationId, userId, name: name || `#${userId}`, role: roles.has('owner') ? 'owner' : ([...roles][0] ?? 'unknown'), deviceIds, verified };
}
