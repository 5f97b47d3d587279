import type { Report } from '../../model/report.ts';
import { t } from '../../ui/extension-i18n.ts';
import { formatMarkdown } from '../../report/format-markdown.ts';
import { downloadText } from '../../ui/download.ts';
import type { HistoryEntry } from '../../ui/load-history.ts';
import { withHistory } from '../overview/export-history.ts';

/** Downloads built locally as blobs: the report schema as JSON, and Markdown, each with the account's history. Nothing is uploaded. */
export function ExportPanel({ report: built, accountKey, history = [] }: { report: Report; accountKey: string; history?: readonly HistoryEntry[] }) {
  const report = withHistory(built, history);
  const base = `alexpose-${accountKey.replace(/[^a-z0-9.]+/gi, '-')}-${report.generatedAt.slice(0, 10)}`;
  return (
    <p class="export no-print" data-testid="export">
      <button type="button" class="button" onClick={() => downloadText(`${JSON.stringify(report, null, 2)}\n`, 'application/json', `${base}.json`)}>
        {t('report_export_json')}
      </button>{' '}
      <button type="button" class="button" onClick={() => downloadText(formatMarkdown(report, t), 'text/markdown', `${base}.md`)}>
        {t('report_export_markdown')}
      </button>
    </p>
  );
}
