import { migrate, type LoadOutcome } from './migrate.ts';
import { QUARANTINE_PREFIX, manualAnswersItem, noHistoryItem, rootKeyItem, seenItem } from './storage-keys.ts';
import type { ManualAnswers } from './manual-answers.ts';
import type { Seen } from './seen.ts';

/** What the popup and the report page read, from one read of storage: the scans and the user's own settings beside them. */
export interface StoreSnapshot {
  outcome: LoadOutcome;
  /** Some stored data was kept aside as unreadable (see `quarantine.ts`). */
  quarantined: boolean;
  noHistory: boolean;
  seen: Seen;
  manualAnswers: ManualAnswers;
}

/** What one `get(null)` returned (the index, its chunks, the quarantine records and the settings together), read. */
export function snapshotOf(everything: Record<string, unknown>): StoreSnapshot {
  const rootKey = rootKeyItem.parse(everything[rootKeyItem.key]);
  return {
    outcome: migrate(everything[rootKey], (key) => everything[key], Object.keys(everything)),
    quarantined: Object.keys(everything).some((k) => k.startsWith(QUARANTINE_PREFIX)),
    noHistory: noHistoryItem.parse(everything[noHistoryItem.key]),
    seen: seenItem.parse(everything[seenItem.key]),
    manualAnswers: manualAnswersItem.parse(everything[manualAnswersItem.key]),
  };
}
