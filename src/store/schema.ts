import type { SourceResult } from '../model/records.ts';
import type { Service } from '../model/diagnostics.ts';

/** Version of what is kept in storage.local. Bump it with a migration in `migrate.ts`; never drop a field. */
export const STORE_VERSION = 1;
export const STORE_KEY = 'alexpose.store';
export const QUARANTINE_PREFIX = 'alexpose.quarantine.';

export interface StoredScan {
  /** The page visit's session id (content-script scans) or a generated id. */
  id: string;
  /** Scans of the same account are merged into one inventory. */
  accountKey: string;
  service: Service;
  origin: string;
  startedAt: string;
  updatedAt: string;
  results: SourceResult[];
}

export interface StoreState {
  schemaVersion: typeof STORE_VERSION;
  scans: StoredScan[];
}

export function emptyState(): StoreState {
  return { schemaVersion: STORE_VERSION, scans: [] };
}
