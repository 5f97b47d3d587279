import { defineFinding } from '../define-finding.ts';
import { ringAccountSubject } from '../subjects.ts';
import { controlList } from './ring-records.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Other Ring accounts with access to a location's devices, from the location users list or the Control Center list. */
export const sharedUsers = defineFinding({
  id: 'ring.shared-users',
  check: (records) => {
    const users = (records.ringLocationUsers ?? []).filter((u) => u.role !== 'owner');
    const byLocation = new Map<string, typeof users>();
    for (const u of users) byLocation.set(u.locationId, [...(byLocation.get(u.locationId) ?? []), u]);
    const findings = [...byLocation.entries()].map(([locationId, list]) => {
      const location = records.ringLocations?.find((l) => l.id === locationId);
      return {
        service: 'ring' as const,
        subject: { type: 'location' as const, id: locationId, name: location?.name ?? locationId },
        evidence: { source: SOURCE.ringLocationUsers, field: 'devices[].role' },
        details: { count: list.length, people: list.map((u) => `${u.name} (${u.role})`).join('; ') },
      };
    });
    if (findings.length > 0) return findings;
    const fromPage = controlList(records, 'shared-users');
    if (!fromPage || fromPage.items.length === 0) return [];
    return [
      {
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: { source: SOURCE.ringControlCenter, field: 'Shared Users' },
        details: { count: fromPage.items.length, people: fromPage.items.join('; ') },
      },
    ];
  },
  catalog: {
    service: 'ring',
    risk: 'medium',
    recipients: ['shared-users'],
    steps: 4,
    helpUrl: {
      en: 'https://ring.com/support/articles/clv68/adding-and-managing-shared-and-guest-users',
      de: 'https://ring.com/de/de/support/articles/clv68/adding-and-managing-shared-and-guest-users',
    },
    helpUrlVerified: true,
    settingsUrl: RING_CONTROL_CENTER,
    reviewedOn: '2026-11-22',
  },
  labels: ['video'],
  place: { kind: 'app', appSteps: 4, minutes: 3 },
});
