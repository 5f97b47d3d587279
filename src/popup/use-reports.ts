import { useEffect, useState } from 'preact/hooks';
import { loadReports, type AccountReport, type LoadedReports } from '../ui/load-reports.ts';
import { markSeen } from '../store/seen.ts';
import { onAreaChanged, storageArea } from '../store/browser-storage.ts';
import { logError } from '../model/log-error.ts';

/** Current reports, refreshed whenever the background stores a new scan while the popup is open. */
export function useReports(): LoadedReports | null {
  const [data, setData] = useState<LoadedReports | null>(null);
  useEffect(() => {
    let cancelled = false;
    // The changes shown are those found when the popup opened: marking them seen must not make them vanish.
    let openedWith: Map<string, AccountReport['changes']> | null = null;
    // "New since your last visit" keeps the baseline of the moment the popup opened, also for entries read while it is open.
    let baseline: Readonly<Record<string, string>> | undefined;
    const refresh = () =>
      void loadReports(baseline ? { seenBaseline: baseline } : {}).then(
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
    const stopListening = onAreaChanged('local', refresh);
    return () => {
      cancelled = true;
      stopListening();
    };
  }, []);
  return data;
}
