import type { ReportDevice, ReportFinding, ReportPolicePath, ReportSource } from '../../model/report.ts';
import type { Locale, Translate } from '../../i18n/translate.ts';
import type { ReportSummary } from '../../model/report-summary.ts';
import { gradeFindings } from './grade.ts';
import { plural } from '../../i18n/plural.ts';
import { summaryCoverage } from './coverage.ts';
import { summaryActions } from './actions.ts';
import { accountSite, reportServices } from './account-site.ts';
import { sharedWithYouLines } from './shared-with-you.ts';

/** The report's additive `summary`: grade, score, how complete the scan is and the ranked actions. */
export function buildSummary(
  parts: {
    sources: readonly ReportSource[];
    devices: readonly ReportDevice[];
    findings: readonly ReportFinding[];
    policePaths: readonly ReportPolicePath[];
    /** Control Center settings found in a state that could not be read. */
    unreadableControls?: number;
    /** How many merge notes the report carries (conflicting or failed newer reads). */
    mergeNotes?: number;
  },
  ctx: { t: Translate; locale: Locale },
): ReportSummary {
  const present = reportServices(parts.sources);
  const sites = { ring: accountSite(parts.sources, 'ring', ctx.locale), amazon: accountSite(parts.sources, 'amazon', ctx.locale) };
  const coverage = summaryCoverage(
    parts.sources,
    parts.policePaths,
    parts.devices,
    {
      ring: present.ring ? sites.ring : null,
      amazon: present.amazon ? sites.amazon : null,
    },
    parts.unreadableControls ?? 0,
  );
  // A source read only in part, or one that failed beside others that were read, may hide findings: the grade is
  // provisional and the coverage not complete, whatever the gaps say (issue 25.1).
  // Captures that disagreed or a newer read that failed were decided for the user (merge notes): provisional too.
  const partlyRead = parts.sources.some((s) => s.status !== 'read') || (parts.mergeNotes ?? 0) > 0;
  // The grade and its costs count only what the user controls; what an owner set has its own line.
  const { grade, score, costs } = gradeFindings(
    parts.findings.filter((f) => f.controlledBy !== 'owner'),
    parts.policePaths.filter((p) => p.controlledBy !== 'owner'),
  );
  const shared = sharedWithYouLines(parts.devices, parts.findings, parts.policePaths, ctx);
  const nothingRead = coverage.sourcesRead === 0;
  // No letter over an unknown police path: "?" with the best grade still possible and what is missing (issue 25.9).
  // A camera shared with you is counted as its coverage gap is: only its owner can read or change its encryption.
  const notYours = new Set(parts.devices.filter((d) => d.owned === false).map((d) => d.id));
  const unknownPaths = parts.policePaths.filter((p) => p.state === 'unknown' && !notYours.has(p.deviceId)).length;
  const overUnknown = !nothingRead && unknownPaths > 0;
  return {
    grade: nothingRead || overUnknown ? '?' : grade,
    score: nothingRead || overUnknown ? null : score,
    ...(overUnknown
      ? {
          bestPossibleGrade: grade,
          bestPossibleScore: score,
          unknownPolicePaths: unknownPaths,
          missing: plural(ctx.t, ctx.locale, 'summary_missing_encryption', unknownPaths),
        }
      : {}),
    provisional: !coverage.complete || overUnknown || partlyRead,
    formula: ctx.t('summary_formula'),
    costs,
    // Every page read, but some only in part: not complete, though no page is left to open.
    coverage: partlyRead ? { ...coverage, complete: false } : coverage,
    actions: summaryActions(parts.findings, parts.policePaths, sites, ctx.t, ctx.locale),
    ...(shared.length > 0 ? { sharedWithYou: shared } : {}),
  };
}
