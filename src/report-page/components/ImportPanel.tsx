import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { ImportAnswerSchema, type ImportRequest } from '../../model/messages.ts';
import { logError } from '../../model/log-error.ts';
import { readSavedFile } from '../../sources/read-saved-file.ts';
import type { SourceResult } from '../../model/records.ts';
import { t, tn } from '../../ui/extension-i18n.ts';

const MAX_BYTES = 200 * 1024 * 1024;

/**
 * Import: a HAR, JSON response or saved page, dropped or chosen, runs through the same readers as the CLI.
 * The file is read in this page; the results go to the background, the one writer of the store (so an
 * import never overwrites a live scan), which splits them by service and account. Nothing leaves the browser.
 */
export function ImportPanel() {
  const [status, setStatus] = useState('');
  const [over, setOver] = useState(false);
  const importFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const now = new Date().toISOString();
    let read = 0;
    let unreadable = 0;
    const readFiles: { results: SourceResult[] }[] = [];
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
      readFiles.push({ results });
      read++;
    }
    let notStored = 0;
    if (readFiles.length > 0) {
      try {
        const answer: unknown = await browser.runtime.sendMessage({ type: 'alexpose/import', files: readFiles } satisfies ImportRequest);
        notStored = v.is(ImportAnswerSchema, answer) ? answer.notStored : 0;
      } catch (error) {
        logError('report page: import', error);
        notStored = readFiles.length;
      }
    }
    setStatus(
      notStored > 0 ? tn('report_import_not_stored', read, [String(unreadable), String(notStored)]) : tn('report_import_done', read, [String(unreadable)]),
    );
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
        void importFiles(e.dataTransfer?.files ?? null).catch((error: unknown) => logError('report: import', error));
      }}
    >
      <h2>{t('report_import_heading')}</h2>
      <p>{t('report_import_hint')}</p>
      <label class="button">
        {t('report_import_choose')}
        <input
          type="file"
          class="visually-hidden"
          accept=".har,.json,.html,.htm,application/json,text/html"
          multiple
          onChange={(e) => void importFiles((e.currentTarget as HTMLInputElement).files).catch((error: unknown) => logError('report: import', error))}
        />
      </label>
      <p role="status" aria-live="polite" data-testid="import-status">
        {status}
      </p>
    </section>
  );
}
