import type { Report, ReportFinding, ReportPolicePath, ReportSource } from '../model/report.ts';
import type { ReadAtKind } from '../model/diagnostics.ts';
import type { Translate } from '../i18n/translate.ts';
import { markdownText, visibleText } from './escape.ts';
import { summaryLines } from './summary/summary-lines.ts';
import { localeOf } from '../i18n/translate.ts';
import { accessLines } from './access/format-access.ts';
import { exportsMarkdown } from './format-exports-markdown.ts';

/** A code span that page-derived text cannot close (URLs, files, ids): backticks become quotes, invisible characters go, a pipe cannot split a table cell. */
const code = (value: string) => `\`${visibleText(value).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;

/**
 * Markdown export, for an auditor: grade and fixes, every source with its read time and document, the device
 * inventory with whose each device is, the police path per camera, each finding with the exact document it rests
 * on and when that was read, and the history of changes (when the report carries it). Page-derived strings are
 * escaped so they render as literal text; the report's own words are not (no backslashes in "end-to-end").
 */
export function formatMarkdown(report: Report, t: Translate): string {
  const out: string[] = [];
  out.push(`# ${t('md_title')}`, '');
  out.push(`${t('md_generated', [report.generatedAt, `${report.tool.name} ${report.tool.version}`])}`, '');
  if (report.summary) {
    const s = summaryLines(report.summary, t, localeOf(report.locale), (name, max) => markdownText(name, max));
    out.push(`**${s.grade}**`, '', ...s.gaps.map((g) => `- ${g}`), ...(s.gaps.length ? [''] : []));
    if (s.actions.length) out.push(`**${t('fix_heading')}:**`, '', ...s.actions.map((a, i) => `${i + 1}. ${a}`), '');
  }
  out.push(...sourcesTable(report.sources, t), '');
  out.push(...devicesTable(report, t));
  if (report.policePaths?.length) out.push('', ...policePaths(report.policePaths, t));
  if (report.mergeNotes?.length) out.push('', `## ${t('popup_merge_notes_heading')}`, '', ...report.mergeNotes.map((n) => `- ${markdownText(n.message, 500)}`));
  out.push('', `## ${t('cli_findings_heading', [String(report.findings.length)])}`);
  for (const f of report.findings) out.push(...finding(f, t));
  if (report.history?.length) out.push('', ...history(report, t));
  if (report.access) {
    // Groups are bold lines, not headings: "### " stays one per finding.
    const a = accessLines(report.access, t, localeOf(report.locale), (text) => markdownText(text));
    out.push('', `## ${t('access_heading')}`, '', a.heading);
    for (const g of a.groups) {
      out.push('', `**${g.heading}**`, '');
      for (const e of g.entries) out.push(`- ${e.line}`, `  ${t('access_remove')}: ${e.steps.map((s, i) => `${i + 1}. ${s}`).join(' ')}`, '', `<${e.url}>`, '');
    }
  }
  out.push(...exportsMarkdown(report, t));
  return out.join('\n') + '\n';
}

/** A read time as written in exports: the ISO text (with its offset) and what it is. */
function readAt(time: string | undefined, kind: ReadAtKind | undefined, t: Translate): string {
  return time ? `${code(time)} (${t(`read_at_kind_${(kind ?? 'captured').replace(/-/g, '_')}`)})` : t('md_unknown');
}

/** A cell of a table: no line break or pipe can leave it. */
const cell = (text: string) => text.replace(/\r?\n/g, ' ');

function sourcesTable(sources: readonly ReportSource[], t: Translate): string[] {
  const rows = sources.map((s) => {
    const where = s.origin === 'file:' ? (s.location ?? '') : `${s.origin}${s.location ?? ''}`;
    const file = s.file && s.file !== s.location ? ` (${code(s.file)})` : '';
    return `| ${s.id} | ${t(`status_${s.status}`)} | ${readAt(s.readAt, s.readAtKind, t)} | ${where ? code(where) : ''}${file} |`;
  });
  return [
    `## ${t('cli_sources_heading')}`,
    '',
    `| ${t('md_col_source')} | ${t('md_col_status')} | ${t('md_col_read_at')} | ${t('md_col_location')} |`,
    '|---|---|---|---|',
    ...rows.map(cell),
  ];
}

function devicesTable(report: Report, t: Translate): string[] {
  const owned = (value: boolean | null) => t(value === true ? 'md_owned_yes' : value === false ? 'md_owned_no' : 'md_owned_unknown');
  return [
    `## ${t('cli_devices_heading', [String(report.devices.length)])}`,
    '',
    `| ${t('report_col_device')} | ${t('report_col_category')} | ${t('report_col_maker')} | ${t('report_col_via')} | ${t('md_col_owned')} |`,
    '|---|---|---|---|---|',
    ...report.devices.map((d) =>
      cell(
        `| ${markdownText(d.name)} | ${t(`category_${d.category.replace(/-/g, '_')}`)} | ${markdownText(d.maker)} | ${markdownText(d.via.name || d.via.kind)} | ${owned(d.owned)} |`,
      ),
    ),
  ];
}

function policePaths(paths: readonly ReportPolicePath[], t: Translate): string[] {
  const out = [`## ${t('popup_police_heading')}`, ''];
  for (const p of paths) {
    out.push(`- **${markdownText(p.deviceName)}**: ${markdownText(p.title, 500)}`);
    if (p.evidence) {
      const where = p.evidenceLocation ? code(p.evidenceLocation) : t('md_unknown');
      out.push(
        `  ${t('md_evidence')}: ${code(p.evidence)} / ${code(p.evidenceField ?? '?')} · ${where} · ${readAt(p.evidenceReadAt, p.evidenceReadAtKind, t)}`,
      );
    }
  }
  return out;
}

function finding(f: ReportFinding, t: Translate): string[] {
  // Titles can carry page-derived names (an interface or permission Alexposé does not know): escaped too.
  const out = ['', `### ${t(`risk_${f.risk}`)}: ${markdownText(f.title, 500)} — ${markdownText(f.subject.name)}`, ''];
  const where = f.evidence.location ? ` · ${code(f.evidence.location)}` : '';
  const file = f.evidence.file && f.evidence.file !== f.evidence.location ? ` (${code(f.evidence.file)})` : '';
  const when = f.evidence.readAt ? ` · ${readAt(f.evidence.readAt, f.evidence.readAtKind, t)}` : '';
  out.push(`${code(f.id)} · ${t('md_evidence')}: ${code(f.evidence.source)} / ${code(f.evidence.field)}${where}${file}${when}`, '');
  out.push(f.explanation, '');
  out.push(`**${t('label_recipients')}:** ${f.recipients.map((r) => r.name).join(', ')}`, '');
  out.push(`**${t('label_how_to_turn_off')}:**`, '');
  f.optOut.steps.forEach((step, i) => out.push(`${i + 1}. ${step}`));
  out.push('', `<${f.optOut.url}>`);
  return out;
}

function history(report: Report, t: Translate): string[] {
  const out = [`## ${t('report_history_heading')}`, ''];
  for (const e of [...(report.history ?? [])].reverse()) {
    out.push(`- ${code(e.at)} · ${code(e.origin)} · ${t('md_history_inputs', [String(e.sources)])}`);
    if (e.firstRead) out.push(`  - ${t('report_history_first_read')}`);
    else if (e.changes.length === 0) out.push(`  - ${t('report_history_no_change')}`);
    for (const c of e.changes) out.push(`  - ${c.worse ? '▲ ' : ''}${markdownText(c.text, 1000)}`);
  }
  const earlier = report.history?.[0]?.earlier ?? 0;
  if (earlier > 0) out.push('', t(earlier === 1 ? 'report_history_earlier_one' : 'report_history_earlier', [String(earlier)]));
  return out;
}
