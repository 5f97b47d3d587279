import type { SourceRead } from './source-reads.ts';
import { t, uiLocale } from '../../ui/extension-i18n.ts';
import { cleanName } from '../../ui/components/PageName.tsx';
import { sourceMessageKey } from '../../model/source-ids.ts';

/** For an auditor: each source, when it was read, from where, and its status with the count of problems. */
export function CoverageTable({ rows }: { rows: readonly { account: string; read: SourceRead }[] }) {
  // With its time zone: an auditor compares these times with others.
  const time = new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'long' });
  return (
    <table class="devices coverage-table" data-testid="coverage-table">
      <caption>{t('report_coverage_caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report_coverage_account')}</th>
          <th scope="col">{t('md_col_source')}</th>
          <th scope="col">{t('report_coverage_read_at')}</th>
          <th scope="col">{t('md_col_status')}</th>
          <th scope="col">{t('md_col_origin')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ account, read }, i) => {
          const problems = read.source.diagnostics.filter((d) => d.level !== 'info').length;
          return (
            <tr key={i} data-source-id={read.source.id} data-source-status={read.source.status}>
              <td>{account}</td>
              <td>
                {t(sourceMessageKey(read.source.id))} <code>{read.source.id}</code>
              </td>
              <td>
                <time dateTime={read.at}>{time.format(new Date(read.at))}</time>
              </td>
              <td>
                {t(`status_${read.source.status}`)}
                {problems > 0 && ` (${t('popup_diagnostics', [String(problems)])})`}
              </td>
              <td>
                <bdi>{cleanName(`${read.source.origin}${read.source.location ?? ''}`)}</bdi>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
