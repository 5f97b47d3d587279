import type { Report } from '../model/report.ts';
import type { Translate } from '../i18n/translate.ts';
import { markdownText } from './escape.ts';

/**
 * The data exports' inventories in Markdown: one table per export, every file with its size, rows, first and last
 * day and what Alexposé did with it. File names come from the export: escaped like page-derived text.
 */
export function exportsMarkdown(report: Report, t: Translate): string[] {
  const exports = report.exports ?? [];
  if (exports.length === 0) return [];
  const out = ['', `## ${t('report_exports_heading')}`, '', t('report_exports_kept')];
  for (const e of exports) {
    out.push('', `### ${markdownText(e.label)} (${t(`report_exports_kind_${e.service}`)}, ${e.readAt.slice(0, 10)})`, '');
    out.push(
      `| ${t('report_exports_col_path')} | ${t('report_exports_col_bytes')} | ${t('report_exports_col_rows')} | ${t('report_exports_col_first')} | ${t('report_exports_col_last')} | ${t('report_exports_col_status')} |`,
      '|---|---|---|---|---|---|',
    );
    for (const f of e.files)
      out.push(
        `| ${markdownText(f.path)} | ${f.bytes} | ${f.rows ?? ''} | ${f.firstDate ?? ''} | ${f.lastDate ?? ''} | ${t(`report_exports_status_${f.status}`)}${f.note ? ` (${f.note})` : ''} |`,
      );
  }
  return out;
}
