import type { HistoryEntry } from '../../ui/load-history.ts';
import { t, tn } from '../../ui/extension-i18n.ts';
import { ChangeList } from '../../ui/components/ChangeList.tsx';
import { formatReadAt } from '../../ui/read-time.ts';

/** Each scan, newest first, with what changed since the one before; changes that widen sharing are marked. */
export function History({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section class="history" data-testid="history">
      <h3>{t('report_history_heading')}</h3>
      <ol reversed>
        {[...entries].reverse().map((e, i) => (
          <li key={e.scanId} data-scan-id={e.scanId}>
            <p>
              <strong>
                <time dateTime={e.at}>{formatReadAt(e.at)}</time>
              </strong>{' '}
              · {e.origin} · {tn('report_history_sources', e.sources)}
            </p>
            {i === entries.length - 1 ? (
              <p class="muted" data-testid="history-first-read">
                {t('report_history_first_read')}
              </p>
            ) : e.changes.length === 0 ? (
              <p class="muted">{t('report_history_no_change')}</p>
            ) : (
              <ChangeList changes={e.changes} />
            )}
          </li>
        ))}
      </ol>
      {(entries[0]?.earlier ?? 0) > 0 && (
        <p class="muted" data-testid="history-earlier">
          {t(entries[0]?.earlier === 1 ? 'report_history_earlier_one' : 'report_history_earlier', [String(entries[0]?.earlier)])}
        </p>
      )}
    </section>
  );
}
