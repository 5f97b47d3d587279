import type { ReportManualCheck } from '../../model/report.ts';
import { saveManualAnswer, type ManualAnswerValue } from '../../store/manual-answers.ts';
import { storageArea } from '../../store/browser-storage.ts';
import { plural } from '../../i18n/plural.ts';
import { t, uiLocale } from '../extension-i18n.ts';
import { RiskMarker } from './RiskMarker.tsx';
import { logError } from '../../model/log-error.ts';

/**
 * Settings only the app shows: one line each with where and how long, the steps one click away, and
 * "Done" / "Not now". The answer is stored as the user's own statement (see store/manual-answers.ts);
 * the background never writes it, so it cannot race a scan.
 */
export function ManualChecks({ accountKey, checks, testId = 'manual-checks' }: { accountKey: string; checks: readonly ReportManualCheck[]; testId?: string }) {
  if (checks.length === 0) return null;
  const answered = checks.filter((c) => c.state !== 'unanswered').length;
  const answer = (id: string, value: ManualAnswerValue | null) =>
    void saveManualAnswer(storageArea(), accountKey, id, value, new Date().toISOString()).catch((error: unknown) => logError('popup: manual answer', error));
  return (
    <details class="manual-checks" data-testid={testId}>
      <summary>
        {plural(t, uiLocale, 'manual_checks_count', checks.length)}{' '}
        <span class="muted">{t('manual_checks_progress', [String(answered), String(checks.length)])}</span>
      </summary>
      <ul class="manual-checks__list">
        {checks.map((check) => (
          <li key={check.id} data-manual-check={check.id} data-state={check.state}>
            <details>
              <summary>
                <RiskMarker risk={check.risk} /> {check.title}
                <span class="muted">
                  {' '}
                  {t(`manual_check_where_${check.where.replace(/-/g, '_')}`)} · {plural(t, uiLocale, 'manual_check_minutes', check.minutes)}
                </span>
              </summary>
              <p>{check.explanation}</p>
              {check.regions && <p class="muted">{t('label_offered_in', [check.regions.join(', ')])}</p>}
              <ol>
                {check.steps.map((step, i) => (
                  <li key={i}>{step}</li>
                ))}
              </ol>
              <p class="links">
                <a href={check.url} target="_blank" rel="noreferrer">
                  {t('manual_check_help_link')}
                </a>
                {!check.urlVerified && <span class="muted"> ({t('label_unverified_link')})</span>}
              </p>
            </details>
            <AnswerRow check={check} onAnswer={(value) => answer(check.id, value)} />
          </li>
        ))}
      </ul>
    </details>
  );
}

function AnswerRow({ check, onAnswer }: { check: ReportManualCheck; onAnswer: (value: ManualAnswerValue | null) => void }) {
  if (check.state === 'unanswered' || !check.answeredAt) {
    return (
      <p class="manual-checks__answer">
        <button type="button" onClick={() => onAnswer('done')}>
          {t('manual_check_done')}
        </button>{' '}
        <button type="button" class="secondary" onClick={() => onAnswer('not-now')}>
          {t('manual_check_not_now')}
        </button>
      </p>
    );
  }
  const date = new Date(check.answeredAt).toLocaleDateString(uiLocale);
  return (
    <p class="manual-checks__answer muted">
      {t(check.state === 'done' ? 'manual_check_stated_done' : 'manual_check_stated_not_now', [date])} {t('manual_check_statement_note')}{' '}
      <button type="button" class="link" onClick={() => onAnswer(null)}>
        {t('manual_check_undo')}
      </button>
    </p>
  );
}
