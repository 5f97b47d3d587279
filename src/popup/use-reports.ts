import { useEffect, useState } from 'preact/hooks';
import type { AccountReport, LoadedReports } from '../ui/load-reports.ts';
import { onlyPopupSummaryChanged } from '../store/popup-summary.ts';
import { loadBelowFold } from './use-below-fold.ts';
import { markSeen } from '../store/seen.ts';
import { onAreaChanged, storageArea } from '../store/browser-storage.ts';
import { logError } from '../model/log-error.ts';

/**
 * Current reports, refreshed whenever the background stores a new scan while the popup is open. Built once `start`
 * is true: after the first screen is painted from the background's summary, or at once when there is none.
 */
export function useReports(start = true): LoadedReports | null {
  const [data, setData] = useState<LoadedReports | null>(null);
  useEffect(() => {
    if (!start) return undefined;
    let cancelled = false;
    // The changes shown are those found when the popup opened: marking them seen must not make them vanish.
    let openedWith: Map<string, AccountReport['changes']> | null = null;
    // "New since your last visit" keeps the baseline of the moment the popup opened, also for entries read while it is open.
    let baseline: Readonly<Record<string, string>> | undefined;
    const refresh = () =>
      void loadBelowFold()
        .then(({ loadReports }) => loadReports(baseline ? { seenBaseline: baseline } : {}))
        .then(
          (d) => {
            if (cancelled) return;
            if (!openedWith) {
              openedWith = new Map(d.accounts.map((a) => [a.accountKey, a.changes]));
              baseline = d.seen ?? {};
              // "Keep no history": no "last looked at" mark is written.
              if (!d.noHistory)
                void markSeen(storageArea(), Object.fromEntries(d.accounts.map((a) => [a.accountKey, a.lastScanId]))).catch((error: unknown) =>
                  logError('popup: mark seen', error),
                );
            }
            const shown = openedWith;
            setData({
              ...d,
              accounts: d.accounts.map((a) => ({
                ...a,
                changes: d.noHistory ? [] : (shown.get(a.accountKey) ?? []),
              })),
            });
          },
          (error: unknown) => {
            logError('popup: load reports', error);
            if (!cancelled) setData({ accounts: [], storageProblem: true });
          },
        );
    refresh();
    // The background keeping its summary up to date changes nothing shown here.
    const stopListening = onAreaChanged('local', (changes) => {
      if (!onlyPopupSummaryChanged(changes)) refresh();
    });
    return () => {
      cancelled = true;
      stopListening();
    };
  }, [start]);
  return data;
}
