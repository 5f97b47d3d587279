import type { Records } from '../../model/records.ts';

/**
 * What a Ring location is called: its own `name`, with the city of its address ("Home (Berlin)"), else the city
 * alone; null when the lists read say neither (then the report says "a location", never the raw id). The readers
 * fall back to the id as name; that fallback is not a name.
 */
export function ringLocationLabel(records: Records, locationId: string): { name: string | null; city: string | null } {
  // Several lists may state the same location (devices/v1, location_info/v3 and v4): any of them may name it.
  const stated = (records.ringLocations ?? []).filter((l) => l.id === locationId);
  const name = stated.map((l) => l.name.trim()).find((n) => n !== '' && n !== locationId) ?? null;
  const city = stated.map((l) => l.city).find((c): c is string => Boolean(c)) ?? null;
  return { name, city };
}
