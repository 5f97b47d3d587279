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
  finished: boolean;
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
        setOutcome((o) => (o && !o.finished ? o : { before: new Map((current.current ?? []).map((a) => [a.accountKey, a.report])), finished: false }));
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
