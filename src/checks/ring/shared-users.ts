import type { Check } from '../check.ts';
import { controlList, ringAccountSubject } from '../check.ts';

/** Other Ring accounts with access to a location's devices, from the location users list or the Control Center list. */
export const sharedUsers: Check = {
  id: 'ring.shared-users',
  run: (records) => {
    const users = (records.ringLocationUsers ?? []).filter((u) => u.role !== 'owner');
    const byLocation = new Map<string, typeof users>();
    for (const u of users) byLocation.set(u.locationId, [...(byLocation.get(u.locationId) ?? []), u]);
    const findings = [...byLocation.entries()].map(([locationId, list]) => {
      const location = records.ringLocations?.find((l) => l.id === locationId);
      return {
        id: 'ring.shared-users',
        service: 'ring' as const,
        subject: { type: 'location' as const, id: locationId, name: location?.name ?? locationId },
        evidence: { source: 'ring.location-users', field: 'devices[].role' },
        details: { count: list.length, people: list.map((u) => `${u.name} (${u.role})`).join('; ') },
      };
    });
    if (findings.length > 0) return findings;
    const fromPage = controlList(records, 'shared-users');
    if (!fromPage || fromPage.items.length === 0) return [];
    return [
      {
        id: 'ring.shared-users',
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: { source: 'ring.control-center', field: 'Shared Users' },
        details: { count: fromPage.items.length, people: fromPage.items.join('; ') },
      },
    ];
  },
};
