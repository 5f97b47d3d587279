import type { ReportVendorChange } from '../../model/report.ts';
import { KNOWLEDGE_DATE, VENDOR_CHANGES } from '../../knowledge/vendor-changes.ts';
import { vendorChangeMessageKey } from '../../report/vendor-changes.ts';
import { t, tn, uiLocale } from '../extension-i18n.ts';

/** "8 June 2021", or "October 2025" when the register knows only the month; UTC so no time zone shifts a day. */
export function registerDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month) return date;
  const at = new Date(Date.UTC(year, month - 1, day ?? 1));
  return at.toLocaleDateString(uiLocale, { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}) });
}

/** "This affects 3 of your Echo devices." and the same for cameras, through the plural rules. */
function touchesText(touches: ReportVendorChange['touches']): string {
  return [
    touches.echo > 0 ? tn('vendor_change_touches_echo', touches.echo) : '',
    touches.cameras > 0 ? tn('vendor_change_touches_cameras', touches.cameras) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The popup's lines: each change that touches this account, dated, with what it touches. */
export function AccountVendorChanges({ changes }: { changes: readonly ReportVendorChange[] }) {
  if (changes.length === 0) return null;
  return (
    <details class="vendor-changes" data-testid="vendor-changes">
      <summary>
        {t('vendor_changes_heading')} ({changes.length})
      </summary>
      <ul>
        {changes.map((c) => (
          <li key={c.id} data-change={c.id}>
            <strong>{registerDate(c.date)}</strong> · {c.text} {touchesText(c.touches)}{' '}
            <a href={c.source.url} target="_blank" rel="noreferrer">
              {t('vendor_change_source', [c.source.publisher, c.source.published])}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The whole register for the report page, newest first; the entries that touch an account read are marked. */
export function VendorChangeRegister({ touching }: { touching: ReadonlySet<string> }) {
  const entries = [...VENDOR_CHANGES].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section class="vendor-register" data-testid="vendor-register" aria-labelledby="vendor-register-heading">
      <h2 id="vendor-register-heading">{t('vendor_changes_heading')}</h2>
      <p class="muted">{t('vendor_changes_intro')}</p>
      <ul>
        {entries.map((c) => (
          <li key={c.id} data-change={c.id} data-touches={touching.has(c.id) ? 'yes' : 'no'}>
            <strong>{registerDate(c.date)}</strong> · {t(vendorChangeMessageKey(c.id))}{' '}
            {touching.has(c.id) && <span class="badge">{t('vendor_change_touches_account')}</span>}{' '}
            <a href={c.source.url} target="_blank" rel="noreferrer">
              {t('vendor_change_source', [c.source.publisher, c.source.published])}
            </a>
          </li>
        ))}
      </ul>
      <p class="muted" data-testid="knowledge-date">
        {t('knowledge_date', [registerDate(KNOWLEDGE_DATE)])}
      </p>
    </section>
  );
}
