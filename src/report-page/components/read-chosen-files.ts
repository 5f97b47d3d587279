import type { SourceResult } from '../../model/records.ts';
import { readSavedFile } from '../../sources/read-saved-file.ts';
import { readDroppedExports } from '../exports/read-dropped-exports.ts';
import { exportProblemLines } from '../exports/export-messages.ts';

const MAX_BYTES = 200 * 1024 * 1024;

interface ChosenFilesRead {
  readFiles: { results: SourceResult[] }[];
  read: number;
  unreadable: number;
}

/**
 * Reads what the user dropped or chose with the same readers as the CLI. A module of its own so that the
 * readers, the zip stream and the export tables load (dynamic import) when the user chooses a file, not with
 * the page. `onProblems` gets the data exports' problems as soon as the exports are read, before the rest.
 */
export async function readChosenFiles(
  files: readonly File[],
  now: string,
  amazonOrigins: readonly string[],
  onProblems: (lines: string[]) => void,
): Promise<ChosenFilesRead> {
  let read = 0;
  let unreadable = 0;
  const readFiles: { results: SourceResult[] }[] = [];
  // Data exports first (zips, a folder, loose CSV files): read as streams, each with its own problems listed.
  const exported = await readDroppedExports(files, now);
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
  onProblems(lines);
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
  return { readFiles, read, unreadable };
}
