import type { Check } from '../check.ts';

/** Four decimals of latitude/longitude are about 11 m: the house itself. */
const PRECISE_DECIMALS = 4;

/** A location that stores a street address or house-precise coordinates. */
export const locationPrecise: Check = {
  id: 'ring.location-precise',
  run: (records) =>
    (records.ringLocations ?? [])
      .filter((l) => l.hasStreetAddress || (l.coordinateDecimals ?? 0) >= PRECISE_DECIMALS)
      .map((l) => ({
        id: 'ring.location-precise',
        service: 'ring',
        subject: { type: 'location', id: l.id, name: l.name },
        evidence: { source: 'ring.locations', field: l.hasStreetAddress ? 'address' : 'geo_coordinates' },
        details: { streetAddress: l.hasStreetAddress, coordinateDecimals: l.coordinateDecimals },
      })),
};
