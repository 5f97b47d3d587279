import type { RingDevice, RingDeviceGroup, DeviceCategory, RingDeviceSettings } from '../../model/ring.ts';
import { JsonReader, isObject, settleList, type JsonObject } from '../json-reader.ts';
import { readEntryPrivacy } from './ring-device-privacy.ts';
import { decimals, statesStreetAddress } from './ring-locations.ts';

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
  return readRingDeviceList(body, reader, at).devices;
}

/**
 * The device list with the privacy state its entries carry (`settings.video_settings.encryption_enabled`,
 * `settings.user_specified_recording_ttl`, …): the police path needs no settings request when the list says it.
 * An empty list (every group `[]`, as Ring returns to a shared user) is an answer: no devices.
 */
export function readRingDeviceList(body: unknown, reader: JsonReader, at = ''): { devices: RingDevice[]; settings: RingDeviceSettings[] } {
  const settings: RingDeviceSettings[] = [];
  if (!isObject(body)) {
    reader.note('error', 'not-an-object', at || '$', 'The device list is not a JSON object.');
    return { devices: [], settings };
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
  // Counted for the one list rule (settleList): entries present but unreadable never make "this account owns no devices".
  const counts = { entries: 0, read: 0, unreadable: 0, brokenParts: 0 };
  for (const group of RING_DEVICE_GROUPS) {
    if (body[group] !== undefined && body[group] !== null && !Array.isArray(body[group])) counts.brokenParts += 1;
    const entries = reader.array(body, group, at || '$');
    if (!entries) continue;
    counts.entries += entries.length;
    entries.forEach((entry, index) => {
      const where = `${path(at, group)}[${index}]`;
      if (devices.length >= MAX_DEVICES) {
        if (!capped) reader.note('warning', 'too-many', where, `More than ${MAX_DEVICES} devices; the rest were skipped.`);
        capped = true;
        return;
      }
      const device = readDevice(entry, group, reader, where);
      if (!device) {
        counts.unreadable += 1;
        return;
      }
      counts.read += 1;
      if (seen.has(device.id)) {
        reader.note('warning', 'duplicate-id', where, `Device id ${device.id} appears twice; the first entry was kept.`);
        return;
      }
      seen.add(device.id);
      devices.push(device);
      const privacy = isObject(entry) ? readEntryPrivacy(entry, device.id, reader, where) : null;
      if (privacy) settings.push(privacy);
    });
  }
  if (RING_DEVICE_GROUPS.some((g) => Array.isArray(body[g])))
    settleList(reader, at || '$', counts, 'The device list is empty: this account owns no devices here (a shared user sees them in device_info/v3/devices).');
  return { devices, settings };
}

export function readDevice(entry: unknown, group: RingDeviceGroup, reader: JsonReader, at: string, scope = 'ring_devices'): RingDevice | null {
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
  const metadata = reader.object(entry, 'metadata', at) ?? {};
  const integrationType = textOf(metadata['integration_type']) ?? textOf(entry['integration_type']);
  const device: RingDevice = {
    id,
    name: nameOf(entry, reader, at, kind, id),
    kind,
    group,
    category,
    maker: makerOf(entry, metadata, kind),
    model: textOf(metadata['third_party_model']),
    integrationType,
    scope,
    owned,
    sharedWithYou: group === 'authorized_doorbots' || owned === false,
    owner: readOwner(entry, reader, at),
    locationId: reader.id(entry, 'location_id', at),
    hasCamera: category === 'doorbell' || category === 'camera' || (kind !== null && /video|cam/i.test(kind)),
    isSidewalkGateway: reader.bool(entry, 'is_sidewalk_gateway', at),
    sidewalkConnected: reader.bool(health, 'sidewalk_connection', `${at}.health`),
    audioRecording: reader.bool(settings, 'enable_audio_recording', `${at}.settings`),
    subscribed: reader.bool(entry, 'subscribed', at),
    keyByAmazon: integrationType !== null && /^key by amazon$/i.test(integrationType),
  };
  // Assigned in the literal's order, without a spread for the optional flag (a device list holds thousands).
  if (metadata['key_access_point_associated'] === true) device.keyAccessPoint = true;
  // The entry's own `address`, `latitude`, `longitude` (dgreif ring-types.ts `CameraData`, `ChimeData`): what they reveal, not the text.
  device.hasStreetAddress = entry['address'] === undefined || entry['address'] === null ? null : statesStreetAddress(entry['address']);
  device.coordinateDecimals = decimals(entry['latitude'], entry['longitude']);
  return device;
}

/**
 * `third_party_manufacturer` sits at the top of older entries (`amazon1p`, python-ring-doorbell fixture) and
 * under `metadata` in current ones (dgreif ring-types.ts `OnvifCameraData`, `ThirdPartyGarageDoorOpener`).
 * A third-party device is never "made by Ring"; an ONVIF camera without a named maker is "ONVIF camera".
 */
function makerOf(entry: JsonObject, metadata: JsonObject, kind: string | null): string {
  const named = textOf(metadata['third_party_manufacturer']) ?? textOf(entry['third_party_manufacturer']);
  if (named) return /^amazon(1p)?$/i.test(named) ? 'Amazon' : /^blink$/i.test(named) ? 'Blink' : named;
  if (metadata['imported_from_amazon'] === true) return 'Amazon';
  if (kind === 'onvif_camera' || kind === 'three_p_cam') return 'ONVIF camera';
  if (kind === 'third_party_gdo') return 'third party';
  return 'Ring';
}

/** A short page-derived label (maker, model, integration); anything long or not a string is dropped. */
function textOf(v: unknown): string | null {
  return typeof v === 'string' && v.trim() && v.length <= 80 ? v.trim() : null;
}

/**
 * Category from the hardware kind, for lists without groups (`device_info/v3/devices`): kinds from
 * dgreif ring-types.ts `RingCameraKind`, ha-ring-extended `DeviceTypes` and PR #1835 (`osprey_floodlight`).
 */
export function categoryOfKind(kind: string | null): DeviceCategory {
  if (!kind) return 'other';
  if (/^(doorbot|doorbell|lpd_|jbox_|cocoa_doorbell)/i.test(kind)) return 'doorbell';
  if (/^chime/i.test(kind)) return 'chime';
  if (/^base_station/i.test(kind)) return 'base-station';
  if (/^beams_bridge/i.test(kind)) return 'bridge';
  if (/intercom/i.test(kind)) return 'intercom';
  if (/(cam|floodlight|spotlight|stickup|onvif)/i.test(kind)) return 'camera';
  return 'other';
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
  const where = `${at}.owner`;
  const first = reader.string(owner, 'first_name', where) ?? '';
  const last = reader.string(owner, 'last_name', where) ?? '';
  const name = `${first} ${last}`.trim();
  return { id: reader.id(owner, 'id', where), name: name || null };
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
