import type { AccountReport } from '../../ui/load-reports.ts';
import { t } from '../../ui/extension-i18n.ts';
import { formatMarkdown } from '../../report/format-markdown.ts';
import { downloadText } from '../../ui/download.ts';
import type { HistoryEntry } from '../../ui/load-history.ts';
import { withHistory } from './export-history.ts';

/** The whole report, every account, in one file: a JSON array of schema-1 reports (each with its history), and Markdown. */
export function WholeExport({ accounts, history }: { accounts: readonly AccountReport[]; history?: Map<string, HistoryEntry[]> }) {
  const full = (a: AccountReport) => withHistory(a.report, history?.get(a.accountKey) ?? []);
  const day =
    accounts
      .map((a) => a.report.generatedAt)
      .sort()
      .at(-1)
      ?.slice(0, 10) ?? 'empty';
  const json = () =>
    `${JSON.stringify(
      accounts.map((a) => ({ account: a.accountKey, ...full(a) })),
      null,
      2,
    )}\n`;
  const markdown = () => accounts.map((a) => formatMarkdown(full(a), t)).join('\n---\n\n');
  return (
    <p class="export no-print" data-testid="export-all">
      <button type="button" class="button" onClick={() => downloadText(json(), 'application/json', `alexpose-all-accounts-${day}.json`)}>
        {t('report_export_all_json')}
      </button>{' '}
      <button type="button" class="button" onClick={() => downloadText(markdown(), 'text/markdown', `alexpose-all-accounts-${day}.md`)}>
        {t('report_export_all_markdown')}
      </button>
    </p>
  );
}
