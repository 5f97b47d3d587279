import type { ReportSummary } from '../../../model/report-summary.ts';
import { t, uiLocale } from '../../extension-i18n.ts';
import { plural } from '../../../i18n/plural.ts';

/** "Control Center not read: 3 settings unknown — Open it": each gap with the one link that closes it. */
export function CoverageLine({ summary, deepScanHere = true }: { summary: ReportSummary; deepScanHere?: boolean }) {
  const { gaps } = summary.coverage;
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
          {plural(t, uiLocale, `summary_gap_${gap.source.replace(/[^a-z0-9]/gi, '_')}`, gap.unknown)}{' '}
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
