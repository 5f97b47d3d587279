import type { RingLocation } from '../../model/ring.ts';
import { JsonReader, isObject, readEntries, type JsonObject } from '../json-reader.ts';

export function looksLikeRingLocations(body: unknown): boolean {
  if (!isObject(body)) return false;
  if (Array.isArray(body['user_locations'])) return true;
  const data = body['data'];
  const first = Array.isArray(data) ? data[0] : data;
  return isObject(first) && first['type'] === 'locations';
}

/**
 * Reads `devices/v1/locations` (`user_locations[]`) and `location_info/v3|v4` (JSON:API `data`).
 * Keeps whether an address and precise coordinates exist, not the address itself.
 */
export function readRingLocations(body: unknown, reader: JsonReader): RingLocation[] {
  if (!isObject(body)) {
    reader.note('error', 'not-an-object', '$', 'The locations document is not a JSON object.');
    return [];
  }
  // `devices/v1/locations` and `location_info/v3/locations` share this shape; v3 adds `is_owner` and lists shared locations too.
  const legacy = reader.array(body, 'user_locations', '$');
  if (legacy) {
    return readEntries(reader, legacy, 'user_locations', (entry, i) => readLegacy(entry, reader, `user_locations[${i}]`), {
      empty: 'No location is listed for this account.',
    });
  }
  const data = body['data'];
  const entries = Array.isArray(data) ? data : data === undefined ? [] : [data];
  if (entries.length === 0) reader.note('error', 'missing-field', 'data', 'Neither "user_locations" nor "data" found.');
  const monitoring = monitoringFromIncluded(body['included']);
  return readEntries(reader, entries, 'data', (entry, i) => readJsonApi(entry, monitoring, reader, `data[${i}]`));
}

function readLegacy(entry: unknown, reader: JsonReader, at: string): RingLocation | null {
  if (!isObject(entry)) return null;
  const id = reader.id(entry, 'location_id', at);
  if (!id) {
    reader.note('warning', 'missing-id', at, 'Location without location_id; skipped.');
    return null;
  }
  const address = reader.object(entry, 'address', at);
  const geo = reader.object(entry, 'geo_coordinates', at);
  const owned = reader.bool(entry, 'is_owner', at);
  return {
    id,
    name: reader.string(entry, 'name', at) ?? id,
    ownerId: reader.id(entry, 'owner_id', at),
    hasStreetAddress: Boolean(address && typeof address['address1'] === 'string' && address['address1'].trim()),
    coordinateDecimals: geo ? decimals(geo['latitude'], geo['longitude']) : null,
    country: address ? reader.string(address, 'country', `${at}.address`) : null,
    // The city only, to name the location ("Home (Berlin)"); street and coordinates are not kept.
    ...cityOf(address ? reader.string(address, 'city', `${at}.address`) : null),
    professionalMonitoring: null,
    ...(owned !== null ? { owned } : {}),
  };
}

function cityOf(city: string | null): { city?: string } {
  const trimmed = city?.trim().slice(0, 80);
  return trimmed ? { city: trimmed } : {};
}

function readJsonApi(entry: unknown, monitoring: boolean | null, reader: JsonReader, at: string): RingLocation | null {
  if (!isObject(entry)) return null;
  const id = reader.id(entry, 'id', at);
  const attributes = reader.object(entry, 'attributes', at);
  if (!id || !attributes) {
    reader.note('warning', 'missing-field', at, 'Location without id or attributes; skipped.');
    return null;
  }
  const where = `${at}.attributes`;
  const street = reader.string(attributes, 'address_1', where) ?? reader.string(attributes, 'address1', where);
  return {
    id,
    name: reader.string(attributes, 'name', where) ?? id,
    ownerId: reader.id(attributes, 'owner_id', where),
    hasStreetAddress: Boolean(street?.trim()),
    coordinateDecimals: decimals(attributes['latitude'], attributes['longitude']),
    country: reader.string(attributes, 'country', where),
    ...cityOf(reader.string(attributes, 'city', where)),
    professionalMonitoring: monitoring,
  };
}

/**
 * Professional monitoring or Virtual Security Guard: `included[type=capabilities].attributes.guard_patrol
 * .has_active_professional_monitoring_or_vsg`, or `included[type=status].attributes.guard_patrol.service_state`
 * (go-ring `historical/location-detail.json`, 2026-01). Older documents put the flag straight under
 * `attributes`; that is read too. The capability flag wins over the service state.
 */
function monitoringFromIncluded(included: unknown): boolean | null {
  if (!Array.isArray(included)) return null;
  let fromState: boolean | null = null;
  for (const item of included.slice(0, 100)) {
    const attributes = isObject(item) ? (item['attributes'] as JsonObject | undefined) : undefined;
    if (!isObject(attributes)) continue;
    const patrol = isObject(attributes['guard_patrol']) ? attributes['guard_patrol'] : null;
    const flag = patrol?.['has_active_professional_monitoring_or_vsg'] ?? attributes['has_active_professional_monitoring_or_vsg'];
    if (typeof flag === 'boolean') return flag;
    const state = patrol?.['service_state'];
    if (typeof state === 'string' && fromState === null) fromState = /^active$/i.test(state) ? true : /^inactive$/i.test(state) ? false : null;
  }
  return fromState;
}

/** Fewest decimal places of the two coordinates, or null without both. */
export function decimals(lat: unknown, lon: unknown): number | null {
  const count = (v: unknown) => {
    if (typeof v !== 'number' && typeof v !== 'string') return null;
    const text = String(v);
    if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
    return text.includes('.') ? (text.split('.')[1] ?? '').length : 0;
  };
  const a = count(lat);
  const b = count(lon);
  return a === null || b === null ? null : Math.min(a, b);
}

/** Whether a street address is stated: a non-empty string, or an address object with `address1`/`address_1`. */
export function statesStreetAddress(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (!isObject(value)) return false;
  const street = value['address1'] ?? value['address_1'];
  return typeof street === 'string' && street.trim() !== '';
}
