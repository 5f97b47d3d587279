/**
 * What the import panel does with the files dropped or chosen: data exports (zips, a folder, loose CSV files) are read
 * as streams, each with its problems listed; HAR, JSON and saved pages go through the same readers as the CLI. The
 * results go to the background, the one writer of the store.
 */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { ImportAnswerSchema, type ImportRequest } from '../../model/messages.ts';
import { logError } from '../../model/log-error.ts';
import { readSavedFile } from '../../sources/read-saved-file.ts';
import type { SourceResult } from '../../model/records.ts';
import { readDroppedExports, type DroppedExports } from '../exports/read-dropped-exports.ts';
import { exportProblemLines } from '../exports/export-messages.ts';

const MAX_BYTES = 200 * 1024 * 1024;

export interface ImportCounts {
  /** Files read (in part or whole). */
  read: number;
  unreadable: number;
  /** Files read that the store did not keep. */
  notStored: number;
}

type ReadFiles = { results: SourceResult[] }[];

/** Reads the files and hands what was read to the background; `onProblems` gets the exports' problem lines once read. */
export async function readAndStore(files: File[], amazonOrigins: readonly string[], onProblems: (lines: string[]) => void): Promise<ImportCounts> {
  const now = new Date().toISOString();
  const counts = { read: 0, unreadable: 0 };
  const readFiles: ReadFiles = [];
  const exported = await readDroppedExports(files, now);
  onProblems(readExports(exported.results, amazonOrigins, readFiles, counts));
  await readSavedFiles(exported.rest, now, readFiles, counts);
  const notStored = readFiles.length > 0 ? await store(readFiles) : 0;
  return { ...counts, notStored };
}

type Counts = Pick<ImportCounts, 'read' | 'unreadable'>;

function readExports(results: DroppedExports['results'], amazonOrigins: readonly string[], readFiles: ReadFiles, counts: Counts): string[] {
  const lines: string[] = [];
  for (const { file, result } of results) {
    lines.push(...exportProblemLines(file, result));
    if (result.source.status !== 'read' && result.source.status !== 'partial') {
      counts.unreadable++;
      continue;
    }
    // With one Amazon account in the store, its export joins it (so "ever registered" meets "listed now").
    const [origin] = amazonOrigins;
    if (result.source.service === 'amazon' && amazonOrigins.length === 1 && origin) result.source.origin = origin;
    readFiles.push({ results: [result] });
    counts.read++;
  }
  return lines;
}

async function readSavedFiles(files: readonly File[], now: string, readFiles: ReadFiles, counts: Counts): Promise<void> {
  for (const file of files) {
    if (file.size > MAX_BYTES) {
      counts.unreadable++;
      continue;
    }
    const results = readSavedFile(file.name, await file.text(), now, (html) => new DOMParser().parseFromString(html, 'text/html'));
    const ok = results.filter((r) => r.source.status === 'read' || r.source.status === 'partial');
    if (ok.length === 0) {
      counts.unreadable++;
      continue;
    }
    readFiles.push({ results });
    counts.read++;
  }
}

/** The number of files the store did not keep; all of them when the background could not be reached. */
async function store(readFiles: ReadFiles): Promise<number> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'alexpose/import', files: readFiles } satisfies ImportRequest);
    return v.is(ImportAnswerSchema, answer) ? answer.notStored : 0;
  } catch (error) {
    logError('report page: import', error);
    return readFiles.length;
  }
}
