import type { RingKeyAssociation } from '../../model/ring.ts';
import { JsonReader, isObject, readEntries } from '../json-reader.ts';

/**
 * `integrations/amazonkey/v2/devices/lock_associations`. Only the endpoint is documented publicly,
 * not the body, so entries are read by meaning: an array at the top or under a known key, each with an id.
 */
export function readRingKeyAssociations(body: unknown, reader: JsonReader): RingKeyAssociation[] {
  const list = Array.isArray(body)
    ? body
    : isObject(body)
      ? (['lock_associations', 'associations', 'data', 'devices'].map((k) => body[k]).find(Array.isArray) as unknown[] | undefined)
      : undefined;
  if (!list) {
    reader.note('error', 'unknown-shape', '$', 'No list of lock associations found.');
    return [];
  }
  return readEntries(
    reader,
    list,
    '$',
    (entry, i) => {
      const at = `[${i}]`;
      if (!isObject(entry)) return null;
      const id = reader.id(entry, 'id', at) ?? reader.id(entry, 'association_id', at) ?? String(i);
      const deviceId = reader.id(entry, 'ring_device_id', at) ?? reader.id(entry, 'device_id', at) ?? reader.id(entry, 'doorbot_id', at);
      const name = reader.string(entry, 'name', at) ?? reader.string(entry, 'lock_name', at) ?? reader.string(entry, 'description', at);
      return { id, deviceId, name };
    },
    { empty: 'No lock or garage is associated with Key by Amazon.' },
  );
}
