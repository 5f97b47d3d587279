import type { Records } from '../model/records.ts';
import type { ExportFacts } from '../model/export.ts';

/** The facts of the imported exports of one service (each export its own). */
export const exportFactsOf = (records: Records, service: ExportFacts['service']): ExportFacts[] =>
  (records.exportFacts ?? []).filter((f) => f.service === service);

/** Names for a detail: the first `max`, then "+N". */
export function nameList(names: readonly string[], max = 12): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} +${names.length - max}` : shown;
}
