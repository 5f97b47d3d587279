import { t } from '../extension-i18n.ts';

/** Where a scan started from the popup stands: not started, running (done of total steps), or ended with a sentence. */
export type ScanStatus = { kind: 'idle' } | { kind: 'running'; done: number; total: number } | { kind: 'ended'; message: string };

/** A progress message as a status: running with its counts, or ended with the sentence for its end state. */
export function statusOfProgress<End extends string>(
  progress: { state: 'running' | End; done: number; total: number },
  endMessageKey: Record<End, string>,
): ScanStatus {
  if (progress.state === 'running') return { kind: 'running', done: progress.done, total: progress.total };
  return { kind: 'ended', message: t(endMessageKey[progress.state]) };
}

/** A live region: a progress bar once the total is known, then what happened. */
export function ScanStatusLine({ status, testId }: { status: ScanStatus; testId: string }) {
  return (
    <div role="status" aria-live="polite" data-testid={testId}>
      {status.kind === 'running' && status.total > 0 && (
        <>
          <progress max={status.total} value={status.done} /> {t('popup_scan_running', [String(status.done), String(status.total)])}
        </>
      )}
      {status.kind === 'ended' && status.message}
    </div>
  );
}
