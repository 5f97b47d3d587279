import type { Records } from '../../model/records.ts';
import type { RingLocation } from '../../model/ring.ts';
import { defineFinding } from '../define-finding.ts';
import { RING_DASHBOARD } from './ring-urls.ts';

/** Four decimals of latitude/longitude are about 11 m: the house itself. */
const PRECISE_DECIMALS = 4;

/**
 * A location that stores a street address or house-precise coordinates, and whose address it is: yours, or
 * the owner's when the location was shared with you (`is_owner: false` in `location_info/v3/locations`, an
 * owner id that is not yours, or only devices someone else owns).
 */
export const locationPrecise = defineFinding({
  id: 'ring.location-precise',
  check: (records) =>
    (records.ringLocations ?? [])
      .filter((l) => l.hasStreetAddress || (l.coordinateDecimals ?? 0) >= PRECISE_DECIMALS)
      .map((l) => {
        const owner = ownerOf(l, records);
        return {
          service: 'ring',
          subject: { type: 'location', id: l.id, name: l.name },
          evidence: { source: 'ring.locations', field: l.hasStreetAddress ? 'address' : 'geo_coordinates' },
          details: {
            streetAddress: l.hasStreetAddress,
            coordinateDecimals: l.coordinateDecimals,
            addressOf: owner ? 'owner' : 'yours',
            ownerName: owner?.name ?? null,
            ...(owner ? { textVariant: 'owner' } : {}),
          },
        };
      }),
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
