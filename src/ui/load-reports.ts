import browser from 'webextension-polyfill';
import type { Report } from '../model/report.ts';
import { inventories } from '../store/inventory.ts';
import type { StoreNote } from '../store/schema.ts';
import { loadSnapshot } from '../store/load-snapshot.ts';
import { changesSinceSeen } from '../report/account-changes.ts';
import type { ReportChange } from '../report/diff-reports.ts';
import { buildReport } from '../report/build-report.ts';
import { t, uiLocale } from './extension-i18n.ts';
import { accessFirstSeen, newSinceSeen } from '../report/access/first-seen.ts';

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

/** Reads stored scans and builds one report per account, in the browser's language. */
export async function loadReports(options: { seenBaseline?: Readonly<Record<string, string>> } = {}): Promise<LoadedReports> {
  // One read of storage: the index, its chunks, the quarantine records and the settings together.
  const { outcome, quarantined, noHistory, seen: stored, manualAnswers: answers } = await loadSnapshot();
  const state = outcome.state;
  const problem = outcome.kind === 'corrupt';
  // A page that marks the account seen when it opens keeps comparing with what was seen before it opened.
  const seen = noHistory ? {} : (options.seenBaseline ?? stored);
  const changes = noHistory ? new Map<string, ReportChange[]>() : changesSinceSeen(state, seen, t, uiLocale);
  const version = browser.runtime.getManifest().version;
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
        locale: uiLocale,
        toolVersion: version,
        now: inv.lastScan.updatedAt,
        manualAnswers: answers[inv.accountKey] ?? {},
        ...(firstSeen ? { accessFirstSeen: firstSeen } : {}),
      }),
    };
  });
  const known = new Set(accounts.map((a) => a.accountKey));
  return { accounts, storageProblem: Boolean(problem) || quarantined, notes: notes.filter((n) => !n.accountKey || !known.has(n.accountKey)), noHistory, seen };
}
