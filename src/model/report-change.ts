import type { Subject } from './finding.ts';

type ChangeKind = 'device-added' | 'device-removed' | 'finding-added' | 'finding-resolved' | 'finding-changed';

/** One difference between two reports of the same account (made by report/diff-reports.ts, kept by the popup's summary). */
export interface ReportChange {
  kind: ChangeKind;
  /** The finding id for finding changes; absent for device changes. */
  findingId?: string;
  subject: Subject;
  /** For `finding-changed`: the detail that changed, with its old and new value (e.g. storage days 30 → 60). */
  detail?: { key: string; before: string | number | boolean | null; after: string | number | boolean | null };
  /** Changes that widen what is shared (a setting newly on, a new device, longer retention). */
  worse: boolean;
  /**
   * The change comes from reading a page or source that was not read before (coverage grew): "newly read", not
   * "newly on". Never `worse`: nothing about the account is known to have changed.
   */
  newlyRead?: boolean;
  /** The finding's title as the report words it (the later report; the earlier one for a finding gone). */
  title?: string;
}
