import { STORE_VERSION, emptyState, type StoreState } from './schema.ts';

export type LoadOutcome =
  | { kind: 'empty'; state: StoreState }
  | { kind: 'ok'; state: StoreState; migratedFrom?: number }
  /** The stored value could not be understood; it must be kept aside, never dropped. */
  | { kind: 'corrupt'; state: StoreState; reason: string };

/** Migrations from version N to N+1. None yet: version 1 is the first. Each must keep every field. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrate(raw: unknown): LoadOutcome {
  if (raw === undefined) return { kind: 'empty', state: emptyState() };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return corrupt('not an object');
  let data = raw as Record<string, unknown>;
  const from = data['schemaVersion'];
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return corrupt('no schema version');
  if (from > STORE_VERSION) return corrupt(`written by a newer version (${from})`);
  for (let version = from; version < STORE_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return corrupt(`no migration from ${version}`);
    data = step(data);
  }
  if (!isStoreState(data)) return corrupt('malformed scans');
  return from === STORE_VERSION ? { kind: 'ok', state: data } : { kind: 'ok', state: data, migratedFrom: from };
}

function corrupt(reason: string): LoadOutcome {
  return { kind: 'corrupt', state: emptyState(), reason };
}

function isStoreState(data: Record<string, unknown>): data is StoreState & Record<string, unknown> {
  const scans = data['scans'];
  return (
    Array.isArray(scans) &&
    scans.every(
      (s: unknown) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as Record<string, unknown>)['id'] === 'string' &&
        typeof (s as Record<string, unknown>)['accountKey'] === 'string' &&
        typeof (s as Record<string, unknown>)['updatedAt'] === 'string' &&
        Array.isArray((s as Record<string, unknown>)['results']) &&
        ((s as Record<string, unknown>)['results'] as unknown[]).every(isSourceResult),
    )
  );
}

function isSourceResult(r: unknown): boolean {
  if (typeof r !== 'object' || r === null) return false;
  const { source, records } = r as Record<string, unknown>;
  return (
    typeof source === 'object' &&
    source !== null &&
    typeof (source as Record<string, unknown>)['id'] === 'string' &&
    Array.isArray((source as Record<string, unknown>)['diagnostics']) &&
    typeof records === 'object' &&
    records !== null &&
    !Array.isArray(records)
  );
}
