import type { ReportSummary } from '../../../model/report-summary.ts';
import { t, uiLocale } from '../../extension-i18n.ts';
import { gapText } from '../../../report/summary/gap-text.ts';

/** "Control Center not read: 3 settings unknown — Open it": each gap with the one link that closes it. */
export function CoverageLine({ summary, deepScanHere = true }: { summary: ReportSummary; deepScanHere?: boolean }) {
  const { gaps } = summary.coverage;
  // No page left to open, but a source was read only in part: say so, never "every page was read".
  if (gaps.length === 0 && !summary.coverage.complete)
    return (
      <p class="coverage-line" data-testid="coverage-line" data-gap="partly-read">
        <span aria-hidden="true">? </span>
        {t('summary_gap_partly_read')}
      </p>
    );
  if (gaps.length === 0)
    return (
      <p class="coverage-line coverage-line--complete" data-testid="coverage-line">
        ✓ {t('summary_coverage_complete')}
      </p>
    );
  return (
    <>
      {gaps.map((gap) => (
        <p key={gap.source} class="coverage-line" data-testid="coverage-line" data-gap={gap.source}>
          <span aria-hidden="true">? </span>
          {gapText(gap, t, uiLocale)}{' '}
          {gap.url ? (
            <a href={gap.url} target="_blank" rel="noreferrer">
              {t('summary_gap_open')}
            </a>
          ) : (
            // The deep scan is a button in the popup; elsewhere the line only names it.
            deepScanHere && <a href="#deep-scan">{t('summary_gap_deep_scan')}</a>
          )}
        </p>
      ))}
    </>
  );
}
