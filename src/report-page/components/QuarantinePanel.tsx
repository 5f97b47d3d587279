import { useEffect, useState } from 'preact/hooks';
import { storageArea } from '../../store/browser-storage.ts';
import { eraseQuarantined, listQuarantine, readQuarantined, type QuarantineEntry } from '../../store/quarantine.ts';
import { t, uiLocale } from '../../ui/extension-i18n.ts';
import { downloadText } from '../../ui/download.ts';
import { logError } from '../../model/log-error.ts';

const PREVIEW_CHARS = 4000;

/** Data kept aside because it could not be read (damaged, or written by a newer version): view, export, erase. */
export function QuarantinePanel({ refreshKey }: { refreshKey: unknown }) {
  const [entries, setEntries] = useState<QuarantineEntry[]>([]);
  const [preview, setPreview] = useState<{ key: string; text: string } | null>(null);
  useEffect(
    () => void listQuarantine(storageArea()).then(setEntries, (error: unknown) => (logError('report: list quarantine', error), setEntries([]))),
    [refreshKey],
  );
  if (entries.length === 0) return null;
  const asText = async (entry: QuarantineEntry) => JSON.stringify(await readQuarantined(storageArea(), entry), null, 2);
  const exportEntry = async (entry: QuarantineEntry) => {
    downloadText(await asText(entry), 'application/json', `alexpose-quarantine-${(entry.at ?? entry.key).replace(/[^0-9a-z]+/gi, '-')}.json`);
  };
  const erase = async (entry: QuarantineEntry) => {
    if (!window.confirm(t('report_quarantine_erase_confirm'))) return;
    await eraseQuarantined(storageArea(), entry);
    setPreview(null);
    setEntries(await listQuarantine(storageArea()));
  };
  return (
    <section class="quarantine" data-testid="quarantine">
      <h2>{t('report_quarantine_heading')}</h2>
      <p>{t('report_quarantine_hint')}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key} data-quarantine={entry.key}>
            <p>
              {t('report_quarantine_entry', [entry.at ? new Date(entry.at).toLocaleString(uiLocale) : '—', entry.reason, (entry.bytes / 1_000_000).toFixed(1)])}
            </p>
            <button
              type="button"
              class="button"
              onClick={() =>
                void asText(entry)
                  .then((text) => setPreview({ key: entry.key, text: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}\n…` : text }))
                  .catch((error: unknown) => logError('report: quarantine preview', error))
              }
            >
              {t('report_quarantine_view')}
            </button>{' '}
            <button
              type="button"
              class="button"
              onClick={() => void exportEntry(entry).catch((error: unknown) => logError('report: quarantine export', error))}
            >
              {t('report_quarantine_export')}
            </button>{' '}
            <button
              type="button"
              class="button button--danger"
              data-testid="quarantine-erase"
              onClick={() => void erase(entry).catch((error: unknown) => logError('report: quarantine erase', error))}
            >
              {t('report_quarantine_erase')}
            </button>
            {preview?.key === entry.key && <pre class="quarantine__preview">{preview.text}</pre>}
          </li>
        ))}
      </ul>
    </section>
  );
}
