import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { ImportAnswerSchema, type ImportRequest } from '../../model/messages.ts';
import { logError } from '../../model/log-error.ts';
import { readSavedFile } from '../../sources/read-saved-file.ts';
import type { SourceResult } from '../../model/records.ts';
import { t, tn } from '../../ui/extension-i18n.ts';
import { readDroppedExports } from '../exports/read-dropped-exports.ts';
import { exportProblemLines } from '../exports/export-messages.ts';

const MAX_BYTES = 200 * 1024 * 1024;

/**
 * Import: a HAR, JSON response or saved page, dropped or chosen, runs through the same readers as the CLI.
 * The file is read in this page; the results go to the background, the one writer of the store (so an
 * import never overwrites a live scan), which splits them by service and account. Nothing leaves the browser.
 */
export function ImportPanel({ amazonOrigins = [] }: { amazonOrigins?: readonly string[] }) {
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  const importFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const now = new Date().toISOString();
    let read = 0;
    let unreadable = 0;
    const readFiles: { results: SourceResult[] }[] = [];
    // Data exports first (zips, a folder, loose CSV files): read as streams, each with its own problems listed.
    const exported = await readDroppedExports(Array.from(files), now);
    const lines: string[] = [];
    for (const { file, result } of exported.results) {
      lines.push(...exportProblemLines(file, result));
      if (result.source.status !== 'read' && result.source.status !== 'partial') {
        unreadable++;
        continue;
      }
      // With one Amazon account in the store, its export joins it (so "ever registered" meets "listed now").
      const [origin] = amazonOrigins;
      if (result.source.service === 'amazon' && amazonOrigins.length === 1 && origin) result.source.origin = origin;
      readFiles.push({ results: [result] });
      read++;
    }
    setProblems(lines);
    for (const file of exported.rest) {
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
