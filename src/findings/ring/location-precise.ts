import type { Records } from '../../model/records.ts';
import type { RingDevice, RingLocation } from '../../model/ring.ts';
import type { Subject } from '../../model/finding.ts';
import { defineFinding, type FindingDraft } from '../define-finding.ts';
import { deviceSubject } from '../subjects.ts';
import { RING_DASHBOARD } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Four decimals of latitude/longitude are about 11 m: the house itself. */
const PRECISE_DECIMALS = 4;

/**
 * A location that stores a street address or house-precise coordinates (in the locations documents, or in the
 * device list's own `address`, `latitude`, `longitude`), and whose address it is: yours, or
 * the owner's when the location was shared with you (`is_owner: false` in `location_info/v3/locations`, an
 * owner id that is not yours, or only devices someone else owns).
 */
export const locationPrecise = defineFinding({
  id: 'ring.location-precise',
  check: (records) => {
    const fromLocations = (records.ringLocations ?? []).filter((l) => l.hasStreetAddress || (l.coordinateDecimals ?? 0) >= PRECISE_DECIMALS);
    const found = new Set(fromLocations.map((l) => l.id));
    return [
      ...fromLocations.map((l) => draft(l, records, { source: SOURCE.ringLocations, field: l.hasStreetAddress ? 'address' : 'geo_coordinates' })),
      ...fromDeviceList(records, found),
    ];
  },
  catalog: {
    service: 'ring',
    risk: 'low',
    recipients: ['ring', 'neighbors', 'police'],
    steps: 4,
    helpUrl: {
      en: 'https://support.ring.com/hc/en-us/articles/115005206326-Managing-Locations-on-Your-Ring-Alarm',
      de: 'https://ring.com/de/de/support/articles/8y35i/managing-locations-in-the-ring-app',
    },
    helpUrlVerified: false,
    helpUrlNote: "The English article is about Ring Alarm locations; the German address of 8y35i follows Ring's pattern (read only in another edition).",
    settingsUrl: RING_DASHBOARD,
    reviewedOn: '2026-12-03',
  },
  labels: ['address'],
  place: { kind: 'app', appSteps: 2, minutes: 3 },
});

/** One finding for a location, with whose address it is. */
function draft(l: RingLocation, records: Records, evidence: FindingDraft['evidence'], subject?: Subject): FindingDraft {
  const owner = ownerOf(l, records);
  return {
    service: 'ring',
    subject: subject ?? { type: 'location', id: l.id, name: l.name },
    evidence,
    details: {
      streetAddress: l.hasStreetAddress,
      coordinateDecimals: l.coordinateDecimals,
      addressOf: owner ? 'owner' : 'yours',
      ownerName: owner?.name ?? null,
      ...(owner ? { textVariant: 'owner' } : {}),
    },
  };
}

/**
 * The device list's own `address`, `latitude` and `longitude` (each `ring_devices` entry carries them): a location
 * the locations documents did not already show as precise gets its finding from them, whether or not those
 * documents were read. A device without a location id is its own subject.
 */
function fromDeviceList(records: Records, found: ReadonlySet<string>): FindingDraft[] {
  const places = new Map<string, RingDevice[]>();
  for (const d of records.ringDevices ?? []) {
    if (d.hasStreetAddress !== true && (d.coordinateDecimals ?? 0) < PRECISE_DECIMALS) continue;
    const key = d.locationId ?? `device\u0000${d.id}`;
    if (d.locationId && found.has(d.locationId)) continue;
    const place = places.get(key);
    if (place) place.push(d);
    else places.set(key, [d]);
  }
  const known = new Map((records.ringLocations ?? []).map((l) => [l.id, l]));
  return [...places.values()].map((devices) => {
    const first = devices[0] as RingDevice;
    const street = devices.some((d) => d.hasStreetAddress === true);
    const decimals = Math.max(...devices.map((d) => d.coordinateDecimals ?? 0));
    const id = first.locationId ?? first.id;
    const location: RingLocation = {
      ...(known.get(id) ?? { id, name: id, ownerId: null, country: null, professionalMonitoring: null }),
      hasStreetAddress: street,
      coordinateDecimals: devices.some((d) => d.coordinateDecimals !== null && d.coordinateDecimals !== undefined) ? decimals : null,
    };
    const evidence = { source: SOURCE.ringDevices, field: street ? 'address' : 'latitude' };
    return draft(location, records, evidence, first.locationId ? undefined : deviceSubject(first));
  });
}

function ownerOf(location: RingLocation, records: Records): { name: string | null } | null {
  const here = (records.ringDevices ?? []).filter((d) => d.locationId === location.id);
  const ownersDevice = here.find((d) => d.sharedWithYou && d.owner && (location.ownerId === null || d.owner.id === location.ownerId));
  const ownerName = ownersDevice?.owner?.name ?? null;
  if (location.owned === true) return null;
  if (location.owned === false) return { name: ownerName };
  const me = records.ringProfile?.[0]?.accountId ?? (records.ringDevices ?? []).find((d) => d.owned === true && !d.sharedWithYou)?.owner?.id ?? null;
  if (me !== null && location.ownerId !== null && location.ownerId !== me) return { name: ownerName };
  if (here.length > 0 && here.every((d) => d.sharedWithYou)) return { name: ownerName };
  return null;
}
