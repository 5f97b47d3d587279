import type { Report, ReportFinding } from '../model/report.ts';
import type { Translate } from '../i18n/translate.ts';
import { plainText } from './escape.ts';
import { summaryLines } from './summary/summary-lines.ts';
import { localeOf } from '../i18n/translate.ts';
import { accessLines } from './access/format-access.ts';

/** Human-readable report for a terminal. Every page-derived string passes through `plainText`. */
export function formatText(report: Report, t: Translate): string {
  const lines: string[] = [];
  lines.push(t('cli_report_heading', [report.tool.version, report.generatedAt]));
  lines.push('');
  if (report.summary) {
    const s = summaryLines(report.summary, t, localeOf(report.locale), (name, max) => plainText(name, max));
    lines.push(s.grade, ...s.gaps.map((g) => `  ? ${g}`));
    if (s.actions.length) lines.push(`${t('fix_heading')}:`, ...s.actions.map((a, i) => `  ${i + 1}. ${a}`));
    lines.push('');
  }
  lines.push(t('cli_sources_heading'));
  for (const s of report.sources) {
    lines.push(`  [${t(`status_${s.status}`)}] ${s.id} ${plainText(s.origin)}${s.location ? plainText(s.location) : ''}`);
    for (const d of s.diagnostics.filter((d) => d.level !== 'info'))
      lines.push(`      ${d.level}: ${d.at ? `${plainText(d.at)}: ` : ''}${plainText(d.message, 300)}`);
  }
  // Captures that disagree or a newer read that failed: said, never decided silently. Messages carry device names.
  if (report.mergeNotes?.length) lines.push('', t('popup_merge_notes_heading'), ...report.mergeNotes.map((n) => `  ! ${plainText(n.message, 500)}`));
  lines.push('');
  lines.push(t('cli_devices_heading', [String(report.devices.length)]));
  for (const d of report.devices) lines.push(`  - ${plainText(d.name)} (${t(`category_${d.category.replace(/-/g, '_')}`)}, ${plainText(d.maker)})`);
  lines.push('');
  lines.push(t('cli_findings_heading', [String(report.findings.length)]));
  report.findings.forEach((f) => lines.push(...findingLines(f, t)));
  if (report.access) {
    const a = accessLines(report.access, t, localeOf(report.locale), (text) => plainText(text));
    lines.push('', `${t('access_heading')}: ${a.heading}`);
    for (const g of a.groups) lines.push(`  ${g.heading}:`, ...g.entries.flatMap((e) => [`    - ${e.line}`, `      ${e.url}`]));
  }
  return lines.join('\n') + '\n';
}

function findingLines(f: ReportFinding, t: Translate): string[] {
  return [
    '',
    `  [${t(`risk_${f.risk}`).toUpperCase()}] ${plainText(f.title, 500)} — ${plainText(f.subject.name)}`,
    `    ${f.id}`,
    `    ${f.explanation}`,
    `    ${t('label_recipients')}: ${f.recipients.map((r) => r.name).join(', ')}`,
    `    ${t('label_how_to_turn_off')}:`,
    ...f.optOut.steps.map((step, i) => `      ${i + 1}. ${step}`),
    `      ${f.optOut.url}`,
  ];
}
