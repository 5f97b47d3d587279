import type { ReportSummary } from '../../../model/report-summary.ts';
import { t } from '../../extension-i18n.ts';
import { cleanName } from '../PageName.tsx';
import { CoverageLine } from './CoverageLine.tsx';

/** One account in one line: grade and score (explained on demand), then how complete the scan is. */
export function GradeLine({
  label,
  summary,
  accountKey,
  deepScanHere = true,
  scanNowHere = false,
  onScanNow,
}: {
  label: string;
  summary: ReportSummary;
  accountKey: string;
  deepScanHere?: boolean;
  /** In the popup: a "Scan now" link beside a "?" grade, to the button that reads the missing encryption. */
  scanNowHere?: boolean;
  /** With a Ring tab open: the grade line carries the Scan now button itself, which reads the missing encryption. */
  onScanNow?: () => void;
}) {
  // A "?" over an unknown police path says the best grade still possible and what is missing, never a plain letter.
  const grade =
    summary.grade === '?'
      ? summary.bestPossibleGrade
        ? t('summary_grade_unknown', [summary.bestPossibleGrade, summary.missing ?? ''])
        : t('summary_no_grade')
      : t(summary.provisional ? 'summary_grade_provisional' : 'summary_grade', [summary.grade]);
  return (
    <li class="grade-line" data-testid="grade-line" data-grade-account={accountKey} data-grade={summary.grade} data-score={summary.score ?? ''}>
      <div class="grade-line__head">
        <span class={`grade grade--${summary.grade === '?' ? 'unknown' : summary.grade}`} aria-hidden="true">
          {summary.grade}
        </span>
        <span>
          <strong>{label}</strong>: {grade}
          {summary.score !== null && <span class="muted"> · {t('summary_score', [String(summary.score)])}</span>}
          {summary.bestPossibleGrade && scanNowHere && (
            <>
              {': '}
              {onScanNow ? (
                <button type="button" class="button button--primary grade-line__scan" data-testid="grade-scan-now" onClick={onScanNow}>
                  {t('popup_scan_now')}
                </button>
              ) : (
                <a href="#scan-now" data-testid="grade-scan-now">
                  {t('popup_scan_now')}
                </a>
              )}
            </>
          )}
        </span>
      </div>
      {/* What others set is not in the grade, but said on its own line. */}
      {(summary.sharedWithYou ?? []).map((s, i) => (
        <p key={i} class="grade-line__shared" data-testid="shared-line" data-open={s.openPolicePaths}>
          {s.openPolicePaths > 0 ? '▲ ' : ''}
          {s.text}
        </p>
      ))}
      <details class="grade-line__why">
        <summary>{t('summary_why_grade')}</summary>
        <p>{summary.formula}</p>
        {summary.costs.length > 0 && (
          <>
            <p class="grade-line__costs">
              <strong>{t('summary_costs_heading')}</strong>
            </p>
            <ul>
              {summary.costs.map((c, i) => (
                <li key={i}>{t('summary_cost_line', [`−${c.points}`, c.title, cleanName(c.subjectName)])}</li>
              ))}
            </ul>
          </>
        )}
      </details>
      <CoverageLine summary={summary} deepScanHere={deepScanHere} />
    </li>
  );
}
