import type { SourceResult } from '../model/records.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import { plainText } from '../report/escape.ts';

/** What became of one input the user gave: all of it read, some of it, or nothing. */
export type InputOutcome = 'read' | 'some' | 'none';

const failed = (r: SourceResult) => r.source.status === 'error' || r.source.status === 'unrecognized';
/** Anything short of "read": a partial source is missing something, so its input was not read in full (exit 1). */
const incomplete = (r: SourceResult) => r.source.status !== 'read';

export function inputOutcome(results: readonly SourceResult[]): InputOutcome {
  const bad = results.filter(failed).length;
  if (results.length > 0 && !results.some(incomplete)) return 'read';
  return bad < results.length ? 'some' : 'none';
}

/**
 * One stderr line for an input with unreadable parts: the one problem, or how many of its entries failed (else how
 * many were read only in part) and the first reason ("1,204 of 1,300 entries could not be read; first: …"). Null
 * when everything was read in full.
 */
export function inputSummaryLine(label: string, results: readonly SourceResult[], t: Translate, locale: Locale): string | null {
  const bad = results.filter(incomplete);
  // Name a failed part first; a partly read one only when nothing failed outright.
  const first = bad.find(failed) ?? bad[0];
  if (!first) return null;
  const where = (r: SourceResult) => (r.source.origin === 'file:' ? '' : `${r.source.origin}${r.source.location ?? ''}: `);
  const reason = plainText(`${bad.length > 1 || results.length > 1 ? where(first) : ''}${firstProblem(first)}`, 300);
  if (results.length === 1) return `${plainText(label)}: ${reason}`;
  const number = new Intl.NumberFormat(locale);
  // Entries that failed are counted as such; only when none failed, the line counts those read only in part.
  const failedCount = bad.filter(failed).length;
  const count = failedCount > 0 ? failedCount : bad.length;
  const base = failedCount > 0 ? 'cli_entries_failed' : 'cli_entries_partial';
  const key = new Intl.PluralRules(locale).select(count) === 'one' ? `${base}_one` : base;
  return `${plainText(label)}: ${t(key, [number.format(count), number.format(results.length), reason])}`;
}

/** The first note that explains a status short of "read" (an error, else a warning), not an info line, with the field it concerns. */
function firstProblem(result: SourceResult): string {
  const notes = result.source.diagnostics;
  const note = notes.find((d) => d.level === 'error') ?? notes.find((d) => d.level === 'warning') ?? notes[0];
  if (!note) return result.source.status;
  return note.at && note.at !== '$' ? `${note.at}: ${note.message}` : note.message;
}
