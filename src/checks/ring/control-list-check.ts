import type { Check } from '../check.ts';
import { controlList, ringAccountSubject } from '../check.ts';
import type { ControlListKey } from '../../model/ring.ts';

/** A finding for each non-empty Control Center list of one kind (authorized devices, linked accounts). */
export function controlListCheck(id: string, key: ControlListKey, field: string): Check {
  return {
    id,
    run: (records) => {
      const list = controlList(records, key);
      if (!list || list.items.length === 0) return [];
      return [
        {
          id,
          service: 'ring',
          subject: ringAccountSubject(records),
          evidence: { source: 'ring.control-center', field },
          details: { count: list.items.length, items: list.items.slice(0, 20).join('; ') },
        },
      ];
    },
  };
}
