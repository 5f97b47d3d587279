import type { Report } from '../../model/report.ts';
import { t } from '../../ui/extension-i18n.ts';
import { formatMarkdown } from '../../report/format-markdown.ts';
import { downloadText } from '../../ui/download.ts';

/** Downloads built locally as blobs: the report schema as JSON, and Markdown. Nothing is uploaded. */
export function ExportPanel({ report, accountKey }: { report: Report; accountKey: string }) {
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
