import type { ReportSummary } from '../../model/report-summary.ts';
import type { Locale, Translate } from '../../i18n/translate.ts';
import { gapText } from './gap-text.ts';
import { ownActions } from './actions.ts';

/** The summary as plain lines (grade, coverage gaps, top three actions) for the text and Markdown outputs. */
export function summaryLines(
  summary: ReportSummary,
  t: Translate,
  locale: Locale,
  clean: (s: string, max?: number) => string,
): { grade: string; gaps: string[]; actions: string[] } {
  const graded =
    summary.grade === '?'
      ? summary.bestPossibleGrade
        ? t('summary_grade_unknown', [summary.bestPossibleGrade, summary.missing ?? ''])
        : t('summary_no_grade')
      : `${t(summary.provisional ? 'summary_grade_provisional' : 'summary_grade', [summary.grade])} · ${t('summary_score', [String(summary.score ?? '?')])}`;
  // What others set is not in the grade, but said right after it ("2 cameras shared with you: … — set by Greta").
  const grade = [graded, ...(summary.sharedWithYou ?? []).map((s) => clean(s.text, 1000))].join(' · ');
  const gaps = summary.coverage.gaps.map((g) => `${gapText(g, t, locale)}${g.url ? `: ${g.url}` : ''}`);
  if (gaps.length === 0 && !summary.coverage.complete) gaps.push(t('summary_gap_partly_read'));
  // The top three the user can take themselves; asks of an owner are not "Fix these first".
  const actions = ownActions(summary.actions)
    .slice(0, 3)
    .map((a) => {
      const where = a.place.kind === 'web' ? `${t('fix_where_web')} ${a.place.url ?? ''}` : t('fix_where_app', [clean(a.place.text, 1000)]);
      return `${clean(a.title)} — ${t('fix_devices', [a.devices.map((d) => clean(d.name)).join(', ')])} — ${where} (${t('fix_minutes', [String(a.minutes)])})`;
    });
  return { grade, gaps, actions };
}
