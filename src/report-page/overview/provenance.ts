import type { Report, ReportFinding } from '../../model/report.ts';
import type { SourceRead } from './source-reads.ts';
import { t } from '../../ui/extension-i18n.ts';
import { cleanName } from '../../ui/components/PageName.tsx';
import { evidenceWhere, readAtText } from '../../ui/read-time.ts';
import { sourceMessageKey } from '../../model/source-ids.ts';

/**
 * A finding's provenance for print: the source by name (and id), the field, the exact document the finding rests
 * on and when it was read (with its time zone and what that time is). A report without per-finding documents (an
 * older version's) falls back to the source's last read, and without that to the report's own time, named as such.
 */
export function provenance(evidence: ReportFinding['evidence'], report: Report, readOf?: (sourceId: string) => SourceRead | undefined): string {
  const name = `${t(sourceMessageKey(evidence.source))} (${evidence.source})`;
  if (evidence.location && evidence.readAt)
    return t('report_provenance_read', [name, evidence.field, readAtText(evidence.readAt, evidence.readAtKind), evidenceWhere(evidence), report.tool.version]);
  const read = readOf?.(evidence.source);
  if (!read) return t('report_print_provenance', [name, evidence.field, readAtText(report.generatedAt, 'report'), report.tool.version]);
  return t('report_provenance_read', [
    name,
    evidence.field,
    readAtText(read.at, 'scan'),
    cleanName(`${read.source.origin}${read.source.location ?? ''}`),
    report.tool.version,
  ]);
}
