import { useEffect, useRef, useState } from 'preact/hooks';
import { ownActions } from '../../report/summary/actions.ts';
import { logError } from '../../model/log-error.ts';
import type { AccountReport } from '../../ui/load-reports.ts';
import type { SummaryAction } from '../../model/report-summary.ts';
import { accountSite } from '../../report/summary/account-site.ts';
import { uiLocale } from '../../ui/extension-i18n.ts';
import { recheckOutcome, type DeviceCheck } from './recheck-outcome.ts';
import { rereadAction, type Reread } from './reread.ts';
import { loadFixProgress, recordFixes, type FixProgress } from './fix-progress.ts';
import { fixProgressItem } from '../../store/browser-items.ts';

export type CheckState = { running: true } | { running: false; results: DeviceCheck[]; reasonKey?: string };

export interface Fixes {
  progress: FixProgress;
  checks: Record<string, CheckState>;
  check(accountKey: string, action: SummaryAction): void;
}

const SETTLE_MS = 5_000;

export function checkKey(accountKey: string, actionId: string): string {
  return `${accountKey}\u0000${actionId}`;
}

/** After a finished run the background stores the new scan: wait (briefly) until the account's report shows it. */
async function reportAfter(accountKey: string, beforeAt: string): Promise<AccountReport | null> {
  const until = Date.now() + SETTLE_MS;
  let latest: AccountReport | null = null;
  // Loaded when needed: the report builder is not part of the popup's first screen.
  const { loadReports } = await import('../../ui/load-reports.ts');
  while (Date.now() < until) {
    latest = (await loadReports()).accounts.find((a) => a.accountKey === accountKey) ?? null;
    if (latest && latest.lastScanAt !== beforeAt) return latest;
    await new Promise((r) => setTimeout(r, 250));
  }
  return latest;
}

/** "I did it — check again": re-reads, compares, records fixed items with the date, keeps the grade to compare. */
export function useFixes(accounts: readonly AccountReport[] | undefined): Fixes {
  const [progress, setProgress] = useState<FixProgress>({});
  const [checks, setChecks] = useState<Record<string, CheckState>>({});
  const current = useRef(accounts);
  current.current = accounts;

  useEffect(() => {
    void loadFixProgress()
      .then(setProgress)
      .catch((error: unknown) => logError('popup: fix progress', error));
    return fixProgressItem.onChanged(setProgress);
  }, []);

  const check = (accountKey: string, action: SummaryAction) => {
    const before = current.current?.find((a) => a.accountKey === accountKey);
    if (!before) return;
    const key = checkKey(accountKey, action.id);
    setChecks((c) => ({ ...c, [key]: { running: true } }));
    const site = accountSite(before.report.sources, 'amazon', uiLocale);
    // A failure of the browser API itself is a reason too: the check never hangs on "Checking…".
    const reread = rereadAction(action, site).catch(
      (error: unknown): Reread => (logError('popup: re-read', error), { ok: false, reasonKey: 'fix_reason_failed' }),
    );
    void reread.then(async (reread) => {
      const after = reread.ok ? await reportAfter(accountKey, before.lastScanAt) : null;
      const results = recheckOutcome(action, after?.report ?? null, reread.ok ? { ok: true } : { ok: false, reason: reread.reasonKey });
      const summary = before.report.summary;
      const at = new Date().toISOString();
      const fixed = results
        .filter((r) => r.state === 'fixed')
        .map((r) => ({ actionId: action.id, deviceId: r.deviceId, title: action.title, device: r.name, at }));
      const baseline = {
        grade: summary?.grade ?? '?',
        score: summary?.score ?? null,
        actions: ownActions(summary?.actions ?? []).reduce((n, a) => n + a.devices.length, 0),
      };
      setProgress(await recordFixes(accountKey, baseline, fixed));
      setChecks((c) => ({ ...c, [key]: { running: false, results, ...(reread.ok ? {} : { reasonKey: reread.reasonKey }) } }));
    });
  };
  return { progress, checks, check };
}
