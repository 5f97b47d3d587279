import type { FindingEvidence } from '../model/finding.ts';
import type { ReadAtKind } from '../model/diagnostics.ts';
import { cleanName } from './components/PageName.tsx';
import { t, uiLocale } from './extension-i18n.ts';
import { sourceMessageKey } from '../model/source-ids.ts';

/** A read time with its date, seconds and time zone ("20 Nov 2026, 19:04:05 CET"); the ISO text when it cannot be read. */
export function formatReadAt(iso: string, locale: string = uiLocale): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' }).format(ms);
}

/** What a read time is, in words: the browser's capture, a HAR entry's start, the file's read time, … */
function readAtKindText(kind: ReadAtKind | undefined): string {
  return t(`read_at_kind_${(kind ?? 'captured').replace(/-/g, '_')}`);
}

/** The time with what it is: "20 Nov 2026, 19:04:05 CET (captured in this browser)". */
export function readAtText(readAt: string, kind: ReadAtKind | undefined): string {
  return `${formatReadAt(readAt)} (${readAtKindText(kind)})`;
}

/** Where a finding's evidence was read: the document's URL, with the file that held it (CLI, import). */
export function evidenceWhere(evidence: FindingEvidence<string>): string {
  const location = evidence.location ? cleanName(evidence.location) : '';
  if (evidence.file && evidence.location && evidence.file !== evidence.location) return `${location} (${cleanName(evidence.file)})`;
  return location;
}

/**
 * One line naming what a finding rests on: source, field, the exact document and when it was read. Null when
 * the evidence carries no document (a report of an older version): nothing is made up.
 */
export function evidenceText(evidence: FindingEvidence<string>): string | null {
  if (!evidence.location || !evidence.readAt) return null;
  const name = t(sourceMessageKey(evidence.source));
  return t('finding_evidence_line', [
    `${name} (${evidence.source})`,
    evidence.field,
    evidenceWhere(evidence),
    readAtText(evidence.readAt, evidence.readAtKind),
  ]);
}
