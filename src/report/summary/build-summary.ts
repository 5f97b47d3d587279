import type { ReportDevice, ReportFinding, ReportPolicePath, ReportSource } from '../../model/report.ts';
import type { Locale, Translate } from '../../i18n/translate.ts';
import type { ReportSummary } from '../../model/report-summary.ts';
import { gradeFindings } from './grade.ts';
import { summaryCoverage } from './coverage.ts';
import { summaryActions } from './actions.ts';
import { accountSite, reportServices } from './account-site.ts';
import { sharedWithYouLines } from './shared-with-you.ts';

/** The report's additive `summary`: grade, score, how complete the scan is and the ranked actions. */
export function buildSummary(
  parts: { sources: readonly ReportSource[]; devices: readonly ReportDevice[]; findings: readonly ReportFinding[]; policePaths: readonly ReportPolicePath[] },
  ctx: { t: Translate; locale: Locale },
): ReportSummary {
  const present = reportServices(parts.sources);
  const sites = { ring: accountSite(parts.sources, 'ring', ctx.locale), amazon: accountSite(parts.sources, 'amazon', ctx.locale) };
  const coverage = summaryCoverage(parts.sources, parts.policePaths, parts.devices, {
    ring: present.ring ? sites.ring : null,
    amazon: present.amazon ? sites.amazon : null,
  });
  // The grade and its costs count only what the user controls; what an owner set has its own line.
  const { grade, score, costs } = gradeFindings(
    parts.findings.filter((f) => f.controlledBy !== 'owner'),
    parts.policePaths.filter((p) => p.controlledBy !== 'owner'),
  );
  const shared = sharedWithYouLines(parts.devices, parts.findings, parts.policePaths, ctx);
  const nothingRead = coverage.sourcesRead === 0;
  return {
    grade: nothingRead ? '?' : grade,
    score: nothingRead ? null : score,
    provisional: !coverage.complete,
    formula: ctx.t('summary_formula'),
    costs,
    coverage,
    actions: summaryActions(parts.findings, parts.policePaths, sites, ctx.t, ctx.locale),
    ...(shared.length > 0 ? { sharedWithYou: shared } : {}),
  };
}
