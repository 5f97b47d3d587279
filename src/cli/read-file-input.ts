import type { SourceResult } from '../model/records.ts';
import { readSavedFile } from '../sources/read-saved-file.ts';

/**
 * One saved file read in the CLI. The HTML parser (linkedom, most of the CLI's code) is loaded only for a saved
 * page (in the built script: initialised), so a HAR or JSON scan starts without it. The test for a page is the
 * shared reader's own (after a BOM, `<`).
 */
export async function readFileInput(label: string, rawText: string, now: string): Promise<SourceResult[]> {
  const text = rawText.startsWith('\ufeff') ? rawText.slice(1) : rawText;
  if (text.trimStart().startsWith('<')) {
    const { readInput } = await import('./read-input.ts');
    return readInput(label, rawText, now);
  }
  return readSavedFile(label, rawText, now, () => {
    throw new Error('not a saved page'); // unreachable: the reader parses HTML only for text that starts with `<`
  });
}
