import type { FirstScreenAccount } from './first-screen-account.ts';
import type { FixProgress } from '../fix/fix-progress.ts';
import { t, uiLocale } from '../../ui/extension-i18n.ts';
import { cleanName } from '../../ui/components/PageName.tsx';
import { accountLabel } from '../../ui/account-label.ts';
import { ownActions } from '../../report/summary/actions.ts';

/** Per account with something checked: "2 of 5 fixed", the grade change, and the done list with dates. */
export function FixProgressLine({ accounts, progress }: { accounts: readonly FirstScreenAccount[]; progress: FixProgress }) {
  const rows = accounts.filter((a) => progress[a.accountKey]);
  if (rows.length === 0) return null;
  const date = new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium' });
  return (
    <section class="fix-progress" data-testid="fix-progress">
      {rows.map((a) => {
        const p = progress[a.accountKey]!;
        const summary = a.report.summary;
        const open = ownActions(summary?.actions ?? []).reduce((n, x) => n + x.devices.length, 0);
        const fixed = p.done.length;
        return (
          <div key={a.accountKey} data-progress-account={a.accountKey}>
            <p>
              <strong>{accountLabel(a.accountKey)}</strong>: <span data-testid="fix-count">{t('fix_progress', [String(fixed), String(fixed + open)])}</span>
              {summary && (
                <span data-testid="grade-change" data-before={p.baseline.score ?? ''} data-after={summary.score ?? ''}>
                  {' · '}
                  {t('fix_grade_change', [p.baseline.grade, summary.grade, String(p.baseline.score ?? '?'), String(summary.score ?? '?')])}
                </span>
              )}
            </p>
            {p.done.length > 0 && (
              <details class="done" data-testid="done-list">
                <summary>
                  {t('fix_done_heading')} ({p.done.length})
                </summary>
                <ul>
                  {p.done.map((d) => (
                    <li key={`${d.actionId}:${d.deviceId}`} data-device-id={d.deviceId}>
                      {t('fix_done_item', [`${d.title} (${cleanName(d.device)})`, date.format(new Date(d.at))])}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        );
      })}
    </section>
  );
}
