import type { HistoryEntry } from '../../ui/load-history.ts';
import type { ReportChange } from '../../report/diff-reports.ts';
import { t } from '../../ui/extension-i18n.ts';
import { findingMessageKey } from '../../knowledge/catalog.ts';

/** Each scan, newest first, with what changed since the one before; changes that widen sharing are marked. */
export function History({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section class="history" data-testid="history">
      <h3>{t('report_history_heading')}</h3>
      <ol reversed>
        {[...entries].reverse().map((e) => (
          <li key={e.scanId} data-scan-id={e.scanId}>
            <p>
              <strong>{new Date(e.at).toLocaleString()}</strong> · {e.origin} · {t('report_history_sources', [String(e.sources)])}
            </p>
            {e.changes.length === 0 ? (
              <p class="muted">{t('report_history_no_change')}</p>
            ) : (
              <ul class="changes">
                {e.changes.map((c, i) => (
                  <li key={i} class={c.worse ? 'change change--worse' : 'change'} data-change-kind={c.kind}>
                    <span aria-hidden="true">{c.worse ? '▲ ' : '· '}</span>
                    {describe(c)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function describe(c: ReportChange): string {
  const title = c.findingId ? t(findingMessageKey(c.findingId, 'title'), ['…']) : '';
  switch (c.kind) {
    case 'device-added':
      return t('change_device_added', [c.subject.name]);
    case 'device-removed':
      return t('change_device_removed', [c.subject.name]);
    case 'finding-added':
      return t('change_finding_added', [title, c.subject.name]);
    case 'finding-resolved':
      return t('change_finding_resolved', [title, c.subject.name]);
    case 'finding-changed':
      return t('change_finding_changed', [title, c.subject.name, c.detail?.key ?? '', String(c.detail?.before ?? '—'), String(c.detail?.after ?? '—')]);
  }
}
