import type { Records } from '../../model/records.ts';
import type { ControlListKey } from '../../model/ring.ts';
import type { FindingDraft } from '../define-finding.ts';
import { ringAccountSubject } from '../subjects.ts';
import { controlList } from './ring-records.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** A finding for each non-empty Control Center list of one kind (authorized devices, linked accounts). */
export function controlListCheck(key: ControlListKey, field: string): (records: Records) => FindingDraft[] {
  return (records) => {
    const list = controlList(records, key);
    if (!list || list.items.length === 0) return [];
    return [
      {
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: { source: SOURCE.ringControlCenter, field },
        details: { count: list.items.length, items: list.items.slice(0, 20).join('; ') },
      },
    ];
  };
}
