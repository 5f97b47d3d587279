import type { Report } from '../model/report.ts';
import type { Translate } from '../i18n/translate.ts';
import { markdownText, visibleText } from './escape.ts';
import { summaryLines } from './summary/summary-lines.ts';
import { localeOf } from '../i18n/translate.ts';
import { exportsMarkdown } from './format-exports-markdown.ts';

/** A code span that page-derived text cannot close: backticks become quotes, invisible characters go. */
const code = (value: string) => `\`${visibleText(value).replace(/`/g, "'")}\``;

/** Markdown export. Page-derived strings are escaped so they render as literal text. */
export function formatMarkdown(report: Report, t: Translate): string {
  const out: string[] = [];
  out.push(`# ${t('md_title')}`, '');
  out.push(`${t('md_generated', [report.generatedAt, `${report.tool.name} ${report.tool.version}`])}`, '');
  if (report.summary) {
    const s = summaryLines(report.summary, t, localeOf(report.locale), (name, max) => markdownText(name, max));
    out.push(`**${s.grade}**`, '', ...s.gaps.map((g) => `- ${g}`), ...(s.gaps.length ? [''] : []));
    if (s.actions.length) out.push(`**${t('fix_heading')}:**`, '', ...s.actions.map((a, i) => `${i + 1}. ${a}`), '');
  }
  out.push(`## ${t('cli_sources_heading')}`, '');
  out.push(`| ${t('md_col_source')} | ${t('md_col_status')} | ${t('md_col_origin')} |`, '|---|---|---|');
  for (const s of report.sources) out.push(`| ${s.id} | ${t(`status_${s.status}`)} | ${markdownText(s.origin + (s.location ?? ''))} |`);
  out.push('', `## ${t('cli_findings_heading', [String(report.findings.length)])}`);
  for (const f of report.findings) {
    // Titles can carry page-derived names (an interface or permission Alexposé does not know): escaped too.
    out.push('', `### ${t(`risk_${f.risk}`)}: ${markdownText(f.title, 500)} — ${markdownText(f.subject.name)}`, '');
    out.push(`${code(f.id)} · ${t('md_evidence')}: ${code(f.evidence.source)} / ${code(f.evidence.field)}`, '');
    out.push(f.explanation, '');
    out.push(`**${t('label_recipients')}:** ${f.recipients.map((r) => r.name).join(', ')}`, '');
    out.push(`**${t('label_how_to_turn_off')}:**`, '');
    f.optOut.steps.forEach((step, i) => out.push(`${i + 1}. ${step}`));
    out.push('', `<${f.optOut.url}>`);
  }
  out.push(...exportsMarkdown(report, t));
  return out.join('\n') + '\n';
}
