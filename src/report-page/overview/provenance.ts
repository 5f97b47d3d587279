import type { Report, ReportFinding } from '../../model/report.ts';
import type { SourceRead } from './source-reads.ts';
import { t } from '../../ui/extension-i18n.ts';
import { cleanName } from '../../ui/components/PageName.tsx';

/**
 * A finding's provenance for print: the source by name (and id), the field, when that source was last read
 * and from where. Without a known read (an import, an older store) the report's own time is named as such.
 */
export function provenance(evidence: ReportFinding['evidence'], report: Report, readOf?: (sourceId: string) => SourceRead | undefined): string {
  const name = t(`source_${evidence.source.replace(/[^a-z0-9]/gi, '_')}`);
  const read = readOf?.(evidence.source);
  if (!read) return t('report_print_provenance', [`${name} (${evidence.source})`, evidence.field, report.generatedAt, report.tool.version]);
  return t('report_provenance_read', [
    `${name} (${evidence.source})`,
    evidence.field,
    read.at,
    cleanName(`${read.source.origin}${read.source.location ?? ''}`),
    report.tool.version,
  ]);
}
