import type { Records } from '../model/records.ts';
import type { RawFinding } from '../model/finding.ts';
import type { CatalogEntry } from './catalog-entry.ts';
import type { Finding } from './define-finding.ts';
import { FINDINGS, type FindingId } from './registry.ts';
import { sharingDeviceViews } from './ring/ring-records.ts';

/** Lookups over the registry: the checks, the catalog, one module by id. */

/** Every finding module, in the registry's order. */
export const FINDING_MODULES: readonly Finding<FindingId>[] = FINDINGS;

/** A check as callers outside the findings see it: the id a plain string, so any string can be looked up against it. */
export interface Check {
  readonly id: string;
  run(records: Records): RawFinding<FindingId>[];
}

/** The modules as checks, under their former name. */
export const CHECKS: readonly Check[] = FINDING_MODULES;

const BY_ID: ReadonlyMap<string, Finding<FindingId>> = new Map(FINDING_MODULES.map((f) => [f.id, f]));

/** The module of a finding id; none for an id this build does not know. */
export function findingModule(id: string): Finding<FindingId> | undefined {
  return BY_ID.get(id);
}

/** Every finding kind Alexposé knows, keyed by finding id. */
export const CATALOG: Readonly<Record<string, CatalogEntry<FindingId>>> = Object.fromEntries(FINDING_MODULES.map((f) => [f.id, f.entry]));

export function runChecks(records: Records): RawFinding<FindingId>[] {
  return sharingDeviceViews(() => FINDING_MODULES.flatMap((finding) => finding.run(records)));
}
