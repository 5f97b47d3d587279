import type { RingPrivacyField } from './ring.ts';

/**
 * What merging captures had to decide and the user must know: two captures of the same time that disagree, a
 * newer capture that states a setting unreadably, a newer read that failed while an older list is kept.
 * Codes are stable; the report words them (`src/report/merge-notes-text.ts`).
 */
export type MergeNote =
  | {
      code: 'capture-conflict';
      deviceId: string;
      field: RingPrivacyField;
      /** Source ids of the captures that disagree. */
      sources: string[];
      capturedAt: string | null;
    }
  | {
      code: 'newer-unreadable';
      deviceId: string;
      field: RingPrivacyField;
      source: string;
      capturedAt: string | null;
    }
  | {
      code: 'newer-read-failed';
      locationId: string;
      source: string;
      capturedAt: string | null;
      /** Users kept from the older read. */
      kept: number;
    };
