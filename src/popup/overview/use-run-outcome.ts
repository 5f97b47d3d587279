import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { DeepScanProgressSchema, ScanProgressSchema } from '../../model/messages.ts';
import type { AccountReport } from '../../ui/load-reports.ts';
import type { Report } from '../../model/report.ts';

const RunProgressSchema = v.union([ScanProgressSchema, DeepScanProgressSchema]);

export interface RunOutcome {
  /** Each account as it stood when the run started (null: the account is new in this run). */
  before: Map<string, Report>;
  /** Each account's last scan time when the run started: an account whose time moved was read by this run. */
  scannedBefore: Map<string, string>;
  finished: boolean;
}

/** The accounts a run read: new ones, and those whose last scan changed since it started. */
export function readByRun<A extends { accountKey: string; lastScanAt: string }>(outcome: RunOutcome, accounts: readonly A[]): A[] {
  return accounts.filter((a) => outcome.scannedBefore.get(a.accountKey) !== a.lastScanAt);
}

/**
 * Watches the existing Scan now / deep scan progress messages: remembers the reports when a run starts so
 * that, once it finished, the popup can say what that run changed.
 */
export function useRunOutcome(accounts: readonly AccountReport[] | undefined): RunOutcome | null {
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const current = useRef(accounts);
  current.current = accounts;
  useEffect(() => {
    const onMessage = (message: unknown) => {
      if (!v.is(RunProgressSchema, message)) return undefined;
      if (message.state === 'running') {
        setOutcome((o) =>
          o && !o.finished
            ? o
            : {
                before: new Map((current.current ?? []).map((a) => [a.accountKey, a.report])),
                scannedBefore: new Map((current.current ?? []).map((a) => [a.accountKey, a.lastScanAt])),
                finished: false,
              },
        );
      } else if (message.state === 'finished') {
        setOutcome((o) => (o ? { ...o, finished: true } : o));
      } else setOutcome(null);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  return outcome;
}
