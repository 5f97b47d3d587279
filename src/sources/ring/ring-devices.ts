import type { RingDevice, RingDeviceGroup, DeviceCategory } from '../../model/ring.ts';
import { JsonReader, isObject, type JsonObject } from '../json-reader.ts';

/** Groups of `clients_api/ring_devices`, in the order Ring lists them. */
export const RING_DEVICE_GROUPS: readonly RingDeviceGroup[] = [
  'doorbots',
  'authorized_doorbots',
  'stickup_cams',
  'chimes',
  'base_stations',
  'beams_bridges',
  'other',
];

/** Far above any household; a bound so a hostile document cannot exhaust memory. */
const MAX_DEVICES = 20_000;

/** True when the value looks like a `ring_devices` document (used to recognise inputs without a URL). */
export function looksLikeRingDevices(body: unknown): body is JsonObject {
  return isObject(body) && RING_DEVICE_GROUPS.filter((g) => Array.isArray(body[g])).length >= 2;
}

/** Reads the `ring_devices` document into device records. Never throws; unknown groups and bad entries become diagnostics. */
export function readRingDevices(body: unknown, reader: JsonReader, at = ''): RingDevice[] {
  if (!isObject(body)) {
    reader.note('error', 'not-an-object', at || '$', 'The device list is not a JSON object.');
    return [];
  }
  const devices: RingDevice[] = [];
  const seen = new Set<string>();
  let capped = false;
  for (const key of Object.keys(body)) {
    if (!(RING_DEVICE_GROUPS as readonly string[]).includes(key)) {
      reader.note('info', 'unknown-group', path(at, key), `Device group "${key}" is not known to Alexposé; its entries were not read.`);
    }
  }
  if (!RING_DEVICE_GROUPS.some((g) => Array.isArray(body[g]))) {
    reader.note('error', 'missing-field', at || '$', `None of the device groups (${RING_DEVICE_GROUPS.join(', ')}) was found.`);
  }
  for (const group of RING_DEVICE_GROUPS) {
    const entries = reader.array(body, group, at || '$');
    if (!entries) continue;
    entries.forEach((entry, index) => {
      const where = `${path(at, group)}[${index}]`;
      if (devices.length >= MAX_DEVICES) {
        if (!capped) reader.note('warning', 'too-many', where, `More than ${MAX_DEVICES} devices; the rest were skipped.`);
        capped = true;
        return;
      }
      const device = readDevice(entry, group, reader, where);
      if (!device) return;
      if (seen.has(device.id)) {
        reader.note('warning', 'duplicate-id', where, `Device id ${device.id} appears twice; the first entry was kept.`);
        return;
      }
      seen.add(device.id);
      devices.push(device);
    });
  }
  return devices;
}

function readDevice(entry: unknown, group: RingDeviceGroup, reader: JsonReader, at: string): RingDevice | null {
  if (!isObject(entry)) {
    reader.note('warning', 'not-an-object', at, 'Device entry is not an object; skipped.');
    return null;
  }
  const id = reader.id(entry, 'id', at);
  if (id === null) {
    reader.note('warning', 'missing-id', at, 'Device entry has no id; skipped.');
    return null;
  }
  const kind = reader.string(entry, 'kind', at);
  const category = categoryOf(group, kind);
  const settings = reader.object(entry, 'settings', at) ?? {};
  const health = reader.object(entry, 'health', at) ?? {};
  const owned = reader.bool(entry, 'owned', at);
  return {
    id,
    name: nameOf(entry, reader, at, kind, id),
    kind,
    group,
    category,
    maker: entry['third_party_manufacturer'] === 'amazon1p' ? 'Amazon' : 'Ring',
    owned,
    sharedWithYou: group === 'authorized_doorbots' || owned === false,
    owner: readOwner(entry, reader, at),
    locationId: reader.id(entry, 'location_id', at),
    hasCamera: category === 'doorbell' || category === 'camera' || (kind !== null && /video|cam/i.test(kind)),
    isSidewalkGateway: reader.bool(entry, 'is_sidewalk_gateway', at),
    sidewalkConnected: reader.bool(health, 'sidewalk_connection', `${at}.health`),
    audioRecording: reader.bool(settings, 'enable_audio_recording', `${at}.settings`),
    subscribed: reader.bool(entry, 'subscribed', at),
    keyByAmazon: entry['integration_type'] === 'Key by Amazon',
  };
}

function nameOf(entry: JsonObject, reader: JsonReader, at: string, kind: string | null, id: string): string {
  const name = reader.string(entry, 'description', at)?.trim();
  if (name) return name;
  reader.note('info', 'missing-field', `${at}.description`, 'Device without a name; Alexposé names it by kind and id.');
  return `Ring ${kind ?? 'device'} ${id}`;
}

function readOwner(entry: JsonObject, reader: JsonReader, at: string): RingDevice['owner'] {
  const owner = reader.object(entry, 'owner', at);
  if (!owner) return null;
  const first = reader.string(owner, 'first_name', `${at}.owner`) ?? '';
  const last = reader.string(owner, 'last_name', `${at}.owner`) ?? '';
  const name = `${first} ${last}`.trim();
  return { id: reader.id(owner, 'id', `${at}.owner`), name: name || null };
}

function categoryOf(group: RingDeviceGroup, kind: string | null): DeviceCategory {
  switch (group) {
    case 'doorbots':
    case 'authorized_doorbots':
      return 'doorbell';
    case 'stickup_cams':
      return 'camera';
    case 'chimes':
      return 'chime';
    case 'base_stations':
      return 'base-station';
    case 'beams_bridges':
      return 'bridge';
    case 'other':
      return kind !== null && /intercom/i.test(kind) ? 'intercom' : 'other';
  }
}

function path(at: string, key: string): string {
  return at ? `${at}.${key}` : key;
}
