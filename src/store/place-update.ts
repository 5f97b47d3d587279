import type { SourceResult } from '../model/records.ts';
import type { ScanMeta, StoreIndex } from './schema.ts';
import type { Service } from '../model/diagnostics.ts';
import { amazonAccountKey, ringIdentity } from './account-key.ts';

/** Results of one scan as they arrive (a capture batch, or an import split by account). */
export interface ScanUpdate {
  scanId: string;
  service: Service;
  origin: string;
  results: SourceResult[];
}

/** Which scans an update's results go to. An account's identity comes from its own results; a scan once named is never re-keyed. */
export function placeUpdate(index: StoreIndex, update: ScanUpdate, time: string): [ScanMeta, SourceResult[]][] {
  if (update.results.length === 0) return [];
  const identity = update.service === 'ring' ? ringIdentity(update.results) : (amazonAccountKey(update.origin) ?? `${update.service}:${update.origin}`);
  let meta = index.scans.find((s) => s.id === update.scanId);
  if (meta && identity && meta.accountKey !== identity) {
    if (meta.keyFrom === 'fallback') {
      meta.accountKey = identity;
      meta.keyFrom = 'identity';
    } else {
      // Results naming another account (a second login, or a forged message) get a scan of their own.
      const id = `${update.scanId}~${identity}`;
      meta = index.scans.find((s) => s.id === id) ?? create(index, id, update, identity, 'identity', time);
    }
  }
  meta ??= identity
    ? create(index, update.scanId, update, identity, 'identity', time)
    : create(index, update.scanId, update, lastKeyFor(index, update.origin) ?? `${update.service}:${update.origin}`, 'fallback', time);
  return [[meta, update.results]];
}

function create(index: StoreIndex, id: string, update: ScanUpdate, accountKey: string, keyFrom: ScanMeta['keyFrom'], time: string): ScanMeta {
  const meta: ScanMeta = { id, accountKey, keyFrom, service: update.service, origin: update.origin, startedAt: time, updatedAt: time, chunks: [], chunkSeq: 0, bytes: 0, results: 0 };
  index.scans.push(meta);
  return meta;
}

/** A scan that does not name its account yet (only settings so far) belongs to the account last seen on that origin. */
function lastKeyFor(index: StoreIndex, origin: string): string | null {
  return index.scans.filter((s) => s.origin === origin && s.keyFrom === 'identity').at(-1)?.accountKey ?? null;
}
