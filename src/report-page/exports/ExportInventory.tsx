import type { Report } from '../../model/report.ts';
import { t, tn, uiLocale } from '../../ui/extension-i18n.ts';
import { usePaged } from '../paging/use-paged.ts';
import { ShowMore } from '../paging/ShowMore.tsx';
import { exportNoteText } from './export-messages.ts';

type ReportExport = NonNullable<Report['exports']>[number];

/** The data exports of an account: every file counted and dated, and what Alexposé kept of them. */
export function ExportInventory({ report }: { report: Report }) {
  const exports = report.exports ?? [];
  if (exports.length === 0) return null;
  return (
    <section class="report-exports" data-testid="export-inventory">
      <h3>{t('report_exports_heading')}</h3>
      <p class="notice" data-testid="export-kept">
        {t('report_exports_kept')}
      </p>
      {exports.map((e) => (
        <ExportFiles key={`${e.service}:${e.label}`} entry={e} />
      ))}
    </section>
  );
}

function ExportFiles({ entry }: { entry: ReportExport }) {
  const [shown, more] = usePaged();
  const number = new Intl.NumberFormat(uiLocale);
  const read = entry.files.filter((f) => f.status === 'read').length;
  const kind = t(`report_exports_kind_${entry.service}`);
  return (
    <div class="report-export" data-testid="export-entry" data-service={entry.service}>
      <p>
        <strong>
          <bdi>{entry.label}</bdi>
        </strong>
        {': '}
        {tn('report_exports_summary', entry.files.length, [kind, new Date(entry.readAt).toLocaleDateString(uiLocale), number.format(read)])}
      </p>
      <details>
        <summary>{t('report_exports_files')}</summary>
        <table class="report-export__files">
          <thead>
            <tr>
              <th scope="col">{t('report_exports_col_path')}</th>
              <th scope="col">{t('report_exports_col_bytes')}</th>
              <th scope="col">{t('report_exports_col_rows')}</th>
              <th scope="col">{t('report_exports_col_first')}</th>
              <th scope="col">{t('report_exports_col_last')}</th>
              <th scope="col">{t('report_exports_col_status')}</th>
            </tr>
          </thead>
          <tbody>
            {entry.files.slice(0, shown).map((f) => (
              <tr key={f.path} data-status={f.status}>
                <td>
                  <bdi>{f.path}</bdi>
                </td>
                <td>{formatSize(f.bytes)}</td>
                <td>{f.rows === null ? '' : number.format(f.rows)}</td>
                <td>{f.firstDate ?? ''}</td>
                <td>{f.lastDate ?? ''}</td>
                <td>
                  {t(`report_exports_status_${f.status}`)}
                  {f.note ? ` · ${exportNoteText(f.note)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ShowMore shown={shown} total={entry.files.length} onMore={more} testId="export-files-more" />
      </details>
    </div>
  );
}

function formatSize(bytes: number): string {
  const number = new Intl.NumberFormat(uiLocale, { maximumFractionDigits: 1 });
  if (bytes >= 1024 ** 3) return `${number.format(bytes / 1024 ** 3)} GB`;
  if (bytes >= 1024 ** 2) return `${number.format(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes)} B`;
}
