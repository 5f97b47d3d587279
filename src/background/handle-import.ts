import * as v from 'valibot';
import { ImportRequestSchema } from '../model/messages.ts';
import type { ScanStore } from '../store/scan-store.ts';
import { isSourceResult } from '../store/migrate.ts';
import { splitByAccount } from '../store/split-import.ts';
import type { SenderLike } from './sender-policy.ts';

export interface ImportDeps {
  extensionId: string;
  extensionOrigin: string;
  store: ScanStore;
  newScanId(): string;
}

export interface ImportOutcome {
  /** Scans stored (a file with several accounts gives several). */
  stored: number;
  /** Scans the store could not keep (full, or the write failed). */
  notStored: number;
}

/**
 * The report page's import goes through the background's single writer, so an import and a live scan never
 * overwrite each other. Only the extension's own pages may send it; the results were read there by the same
 * readers as the CLI and are checked for shape again here.
 */
export async function handleImport(message: unknown, sender: SenderLike, deps: ImportDeps): Promise<ImportOutcome | null> {
  if (sender.id !== deps.extensionId || !sender.url?.startsWith(deps.extensionOrigin)) return null;
  const parsed = v.safeParse(ImportRequestSchema, message);
  if (!parsed.success) return null;
  const outcome: ImportOutcome = { stored: 0, notStored: 0 };
  const writes = parsed.output.files.flatMap((file) => {
    const results = file.results.filter(isSourceResult);
    return splitByAccount(results).map((group) => deps.store.addResults({ scanId: deps.newScanId(), ...group }));
  });
  for (const written of await Promise.all(writes)) {
    if (written.stored) outcome.stored++;
    else outcome.notStored++;
  }
  return outcome;
}
