import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { ImportAnswerSchema, type ImportRequest } from '../../model/messages.ts';
import { logError } from '../../model/log-error.ts';
import { t, tn } from '../../ui/extension-i18n.ts';

/**
 * Import: a HAR, JSON response or saved page, dropped or chosen, runs through the same readers as the CLI.
 * The file is read in this page; the results go to the background, the one writer of the store (so an
 * import never overwrites a live scan), which splits them by service and account. Nothing leaves the browser.
 * The readers load when a file is chosen (`read-chosen-files.ts`), not with the page.
 */
export function ImportPanel({ amazonOrigins = [] }: { amazonOrigins?: readonly string[] }) {
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  const importFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const now = new Date().toISOString();
    // Taken before the first await, as before the readers moved to their own chunk (a drop's list is the event's).
    const chosen = Array.from(files);
    const { readFiles, read, unreadable } = await (await import('./read-chosen-files.ts')).readChosenFiles(chosen, now, amazonOrigins, setProblems);
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
      <p>{t('report_import_export_hint')}</p>
      <p class="muted">{t('report_exports_kept')}</p>
      <label class="button">
        {t('report_import_choose')}
        <input
          type="file"
          class="visually-hidden"
          accept=".har,.json,.html,.htm,.zip,.csv,application/json,text/html,application/zip"
          multiple
          onChange={(e) => void importFiles((e.currentTarget as HTMLInputElement).files).catch((error: unknown) => logError('report: import', error))}
        />
      </label>
      <label class="button">
        {t('report_import_choose_folder')}
        <input
          type="file"
          class="visually-hidden"
          data-testid="import-folder"
          // The folder picker: each file keeps its path inside the folder (webkitRelativePath), in Chrome and Firefox.
          {...{ webkitdirectory: '' }}
          onChange={(e) => void importFiles((e.currentTarget as HTMLInputElement).files).catch((error: unknown) => logError('report: import', error))}
        />
      </label>
      <p role="status" aria-live="polite" data-testid="import-status">
        {status}
      </p>
      {problems.length > 0 && (
        <ul class="import__problems" data-testid="import-problems">
          {problems.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
