import type { Report } from '../model/report.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import { inventories } from '../store/inventory.ts';
import type { StoreNote } from '../store/schema.ts';
import { snapshotOf } from '../store/load-snapshot.ts';
import { changesSinceSeen } from './account-changes.ts';
import type { ReportChange } from './diff-reports.ts';
import { buildReport } from './build-report.ts';
import { accessFirstSeen, newSinceSeen } from './access/first-seen.ts';

export { localeOf } from '../i18n/translate.ts';

export interface AccountReport {
  accountKey: string;
  origin: string;
  lastScanAt: string;
  lastScanId: string;
  report: Report;
  /** What changed since the user last looked (see store/seen.ts). */
  changes: ReportChange[];
  /** What the store says about this account: results not stored, history summarised. */
  notes: StoreNote[];
  /** Access entries first seen after the scan the user last looked at (none with "keep no history"). */
  accessNew: string[];
}

export interface LoadedReports {
  accounts: AccountReport[];
  storageProblem: boolean;
  /** Store notes that name no account (a quarantine, a write refused before any account was known). */
  notes?: StoreNote[];
  /** "Keep no history" is on: no changes, no first-seen dates, nothing marked as seen. */
  noHistory?: boolean;
  /** The "last looked at" scans this load compared with (see `seenBaseline`). */
  seen?: Readonly<Record<string, string>>;
}

export interface AccountReportsOptions {
  t: Translate;
  locale: Locale;
  toolVersion: string;
  /** A page that marks the account seen when it opens keeps comparing with what was seen before it opened. */
  seenBaseline?: Readonly<Record<string, string>>;
}

/**
 * One report per account from everything in storage.local (the index, its chunks, the quarantine records, the
 * user's marks), in the given language. The popup and report page read storage and call this; the background
 * calls it too for the popup's first-screen summary, so both say the same.
 */
export function accountReports(everything: Record<string, unknown>, options: AccountReportsOptions): LoadedReports {
  const { t, locale } = options;
  // One read of storage: the index, its chunks, the quarantine records and the settings together.
  const { outcome, quarantined, noHistory, seen: stored, manualAnswers: answers } = snapshotOf(everything);
  const state = outcome.state;
  const problem = outcome.kind === 'corrupt';
  const seen = noHistory ? {} : (options.seenBaseline ?? stored);
  const changes = noHistory ? new Map<string, ReportChange[]>() : changesSinceSeen(state, seen, t, locale);
  const notes = state.notes ?? [];
  const accounts = inventories(state).map((inv) => {
    const scans = state.scans.filter((s) => s.accountKey === inv.accountKey);
    // First-seen dates come from the history; with "keep no history" there is none to date anything by.
    const firstSeen = noHistory ? undefined : accessFirstSeen(scans);
    const seenAt = scans.find((s) => s.id === seen[inv.accountKey])?.updatedAt ?? null;
    return {
      accountKey: inv.accountKey,
      origin: inv.origin,
      lastScanAt: inv.lastScan.updatedAt,
      lastScanId: inv.lastScan.id,
      changes: changes.get(inv.accountKey) ?? [],
      notes: notes.filter((n) => n.accountKey === inv.accountKey),
      accessNew: firstSeen ? newSinceSeen(firstSeen, seenAt) : [],
      report: buildReport(inv.results, {
        t,
        locale,
        toolVersion: options.toolVersion,
        now: inv.lastScan.updatedAt,
        manualAnswers: answers[inv.accountKey] ?? {},
        ...(firstSeen ? { accessFirstSeen: firstSeen } : {}),
      }),
    };
  });
  const known = new Set(accounts.map((a) => a.accountKey));
  return { accounts, storageProblem: Boolean(problem) || quarantined, notes: notes.filter((n) => !n.accountKey || !known.has(n.accountKey)), noHistory, seen };
}
