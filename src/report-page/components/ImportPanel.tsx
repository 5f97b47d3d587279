import { useState } from 'preact/hooks';
import { logError } from '../../model/log-error.ts';
import { t, tn } from '../../ui/extension-i18n.ts';
import type { readAndStore } from './import-files.ts';

/** The readers, the zip stream and the export tables: a chunk loaded when the user chooses a file, not with the page. */
const loadReader = async (): Promise<typeof readAndStore> => (await import('./import-files.ts')).readAndStore;

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
    // Taken before the first await, as before the readers moved to their own chunk (a drop's list is the event's).
    const chosen = Array.from(files);
    const { read, unreadable, notStored } = await (await loadReader())(chosen, amazonOrigins, setProblems);
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
          onChange={(e) => void importFiles(e.currentTarget.files).catch((error: unknown) => logError('report: import', error))}
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
          onChange={(e) => void importFiles(e.currentTarget.files).catch((error: unknown) => logError('report: import', error))}
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
