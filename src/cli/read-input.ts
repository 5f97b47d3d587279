import { parseHTML } from 'linkedom';
import type { SourceResult } from '../model/records.ts';
import { readSavedFile } from '../sources/read-saved-file.ts';

/** One saved file read in Node: the shared reader with linkedom as the HTML parser. */
export function readInput(label: string, text: string, now: string): SourceResult[] {
  return readSavedFile(label, text, now, (html) => parseHTML(html).document);
}
