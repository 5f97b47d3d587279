import type { SourceResult } from '../../model/records.ts';
import { t } from '../../ui/extension-i18n.ts';

/** Diagnostic codes of the export reader that have their own words in the import status. */
const ERROR_CODES = new Set([
  'not-a-zip',
  'empty',
  'truncated',
  'malformed-zip',
  'zip-bomb',
  'too-many-entries',
  'unsafe-name',
  'no-entries',
  'unrecognized-export',
]);

/** One line per problem of an imported export, in the UI language ("Alexa.zip: the zip is incomplete …"). */
export function exportProblemLines(file: string, result: SourceResult): string[] {
  const seen = new Set<string>();
  return result.source.diagnostics
    .filter((d) => d.level !== 'info')
    .flatMap((d) => {
      const code = ERROR_CODES.has(d.code) ? d.code : 'other';
      if (seen.has(code)) return [];
      seen.add(code);
      return [t(`report_exports_error_${code.replace(/-/g, '_')}`, [file])];
    });
}

/** The words for a file's note (the reader's stable code). */
export function exportNoteText(note: string | null): string {
  if (!note) return '';
  if (/^compression-\d+-not-read$/.test(note)) return t('report_exports_note_compression');
  const key = `report_exports_note_${note.replace(/-/g, '_')}`;
  const text = t(key);
  return text === key ? note : text;
}
