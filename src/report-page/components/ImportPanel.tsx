import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { readSavedFile } from '../../sources/read-saved-file.ts';
import { ScanStore } from '../../store/scan-store.ts';
import { t, tn } from '../../ui/extension-i18n.ts';

const MAX_BYTES = 200 * 1024 * 1024;

/**
 * Import: a HAR, JSON response or saved page, dropped or chosen, runs through the same readers as the CLI
 * and is stored as a scan. The file is read in this page; nothing is sent anywhere.
 */
export function ImportPanel() {
  const [status, setStatus] = useState('');
  const [over, setOver] = useState(false);
  const importFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const store = new ScanStore(browser.storage.local);
    const now = new Date().toISOString();
    let read = 0;
    let unreadable = 0;
    for (const file of Array.from(files)) {
      if (file.size > MAX_BYTES) {
        unreadable++;
        continue;
      }
      const results = readSavedFile(file.name, await file.text(), now, (html) => new DOMParser().parseFromString(html, 'text/html'));
      const ok = results.filter((r) => r.source.status === 'read' || r.source.status === 'partial');
      if (ok.length === 0) {
        unreadable++;
        continue;
      }
      const service = ok.some((r) => r.source.service === 'ring') ? 'ring' : ok[0]?.source.service ?? 'amazon';
      const origin = ok.find((r) => r.source.origin !== 'file:')?.source.origin ?? 'file:';
      await store.addResults({ scanId: crypto.randomUUID(), service, origin, results });
      read++;
    }
    setStatus(tn('report_import_done', read, [String(unreadable)]));
  };
  return (
    <section
      class={over ? 'import import--over' : 'import'}
      data-testid="import"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void importFiles(e.dataTransfer?.files ?? null);
      }}
    >
      <h2>{t('report_import_heading')}</h2>
      <p>{t('report_import_hint')}</p>
      <label class="button">
        {t('report_import_choose')}
        <input type="file" class="visually-hidden" accept=".har,.json,.html,.htm,application/json,text/html" multiple onChange={(e) => void importFiles((e.currentTarget as HTMLInputElement).files)} />
      </label>
      <p role="status" aria-live="polite" data-testid="import-status">
        {status}
      </p>
    </section>
  );
}
