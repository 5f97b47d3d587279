import type { Records } from '../../model/records.ts';
import type { Subject } from '../../model/finding.ts';
import type { RingDevice, RingLocation } from '../../model/ring.ts';

/**
 * Who controls a Ring subject. A device someone shared with the account (`authorized_doorbots`, `owned: false`
 * in `ring_devices` or `device_info/v3`) and a location it was invited to (`is_owner: false` in
 * `location_info/v3/locations`) are set by their owner: the user can ask them, or leave the share, not change it.
 * The owner's name is the device's own `owner.first_name`/`last_name` (dgreif/ring `ring-types.ts` `CameraData.owner`;
 * go-ring `captured/device-detail.json`), for a location that of a shared device there whose owner id matches.
 */
export interface SubjectOwner {
  /** The owner's name as Ring shows it; null when nothing read names them. Page-derived: render as text only. */
  ownerName: string | null;
}

interface OwnerIndex {
  devices: Map<string, RingDevice>;
  /** `authorization.role` per device, where the device document was read. */
  roles: Map<string, string>;
  locations: Map<string, RingLocation>;
  /** Per location: the name of the owner of a device shared from there, preferring the location's own owner id. */
  ownerNames: Map<string, string>;
  me: string | null;
}
const indexes = new WeakMap<Records, OwnerIndex>();

function indexOf(records: Records): OwnerIndex {
  let index = indexes.get(records);
  if (index) return index;
  const devices = new Map<string, RingDevice>();
  for (const d of records.ringDevices ?? []) if (!devices.has(d.id)) devices.set(d.id, d);
  const locations = new Map<string, RingLocation>();
  for (const l of records.ringLocations ?? []) if (!locations.has(l.id)) locations.set(l.id, l);
  const roles = new Map((records.ringDeviceAccess ?? []).map((a) => [a.deviceId, a.role]));
  const ownerNames = new Map<string, string>();
  for (const d of devices.values()) {
    if (!d.sharedWithYou || !d.locationId || !d.owner?.name) continue;
    const ownerId = locations.get(d.locationId)?.ownerId ?? null;
    if (!ownerNames.has(d.locationId) || (ownerId !== null && d.owner.id === ownerId)) ownerNames.set(d.locationId, d.owner.name);
  }
  const me = records.ringProfile?.[0]?.accountId ?? [...devices.values()].find((d) => d.owned === true && !d.sharedWithYou)?.owner?.id ?? null;
  index = { devices, locations, roles, ownerNames, me };
  indexes.set(records, index);
  return index;
}

/**
 * Whether a device is someone else's: listed as shared with this account (`authorized_doorbots`, `owned: false`),
 * or its own document gives the account a role other than `owner` (`authorization.role: "shared_user"`).
 */
function deviceSharedWithYou(device: RingDevice, index: OwnerIndex): boolean {
  const role = index.roles.get(device.id);
  return device.sharedWithYou || (role !== undefined && role !== 'owner');
}

function locationOwnedBySomeoneElse(location: RingLocation, index: OwnerIndex): boolean {
  if (location.owned === true) return false;
  if (location.owned === false) return true;
  // Not stated: another owner id than the account's own, or only devices someone else shares from there.
  if (index.me !== null && location.ownerId !== null && location.ownerId !== index.me) return true;
  const here = [...index.devices.values()].filter((d) => d.locationId === location.id);
  return here.length > 0 && here.every((d) => deviceSharedWithYou(d, index));
}

/** The owner of a Ring subject the user does not control; null when the user controls it (or it is not Ring's). */
export function ringSubjectOwner(records: Records, subject: Subject): SubjectOwner | null {
  const index = indexOf(records);
  if (subject.type === 'device') {
    const device = index.devices.get(subject.id);
    if (!device || !deviceSharedWithYou(device, index)) return null;
    return { ownerName: device.owner?.name ?? (device.locationId ? (index.ownerNames.get(device.locationId) ?? null) : null) };
  }
  if (subject.type === 'location') {
    const location = index.locations.get(subject.id);
    if (!location || !locationOwnedBySomeoneElse(location, index)) return null;
    return { ownerName: index.ownerNames.get(location.id) ?? null };
  }
  return null;
}
