import type { CatalogEntry } from './catalog-entry.ts';
import { RING_CATALOG } from './ring-catalog.ts';

export type { CatalogEntry, LocalizedUrl } from './catalog-entry.ts';

/** Every finding kind Alexposé knows, keyed by finding id. */
export const CATALOG: Readonly<Record<string, CatalogEntry>> = { ...RING_CATALOG };

/** `ring.e2ee-off` + `title` → `finding_ring_e2ee_off_title` (Chrome message names allow only [A-Za-z0-9_@]). */
export function findingMessageKey(findingId: string, part: string): string {
  return `finding_${findingId.replace(/[^A-Za-z0-9]/g, '_')}_${part}`;
}
