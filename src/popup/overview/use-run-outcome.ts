import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AccountReport } from '../../ui/load-reports.ts';
import type { Report } from '../../model/report.ts';

const RUN_TYPES = new Set(['alexpose/scan-progress', 'alexpose/deep-scan-progress']);

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
      if (typeof message !== 'object' || message === null) return undefined;
      const m = message as Record<string, unknown>;
      if (!RUN_TYPES.has(String(m['type']))) return undefined;
      if (m['state'] === 'running') {
        setOutcome((o) => (o && !o.finished ? o : { before: new Map((current.current ?? []).map((a) => [a.accountKey, a.report])), finished: false }));
      } else if (m['state'] === 'finished') {
        setOutcome((o) => (o ? { ...o, finished: true } : o));
      } else setOutcome(null);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  return outcome;
}
