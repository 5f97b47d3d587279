import type { Check } from '../check.ts';
import { controlSettings, ringAccountSubject } from '../check.ts';

/** The account takes part in Neighbors: from the profile's feature flags or the Control Center switch. */
export const neighbors: Check = {
  id: 'ring.neighbors',
  run: (records) => {
    const profile = records.ringProfile?.[0];
    const page = controlSettings(records, 'neighbors').find((s) => s.state !== null);
    const on = page ? page.state === 'on' : profile?.neighborsActivated === true;
    if (!on) return [];
    return [
      {
        id: 'ring.neighbors',
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: page ? { source: 'ring.control-center', field: 'neighbors' } : { source: 'ring.profile', field: 'features.nw_user_activated' },
        details: {},
      },
    ];
  },
};
