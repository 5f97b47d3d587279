import type { SourceResult } from '../model/records.ts';
import type { RawFinding, Risk } from '../model/finding.ts';
import type { Records } from '../model/records.ts';
import { mergeRecords } from '../model/merge-records.ts';
import { runChecks } from '../findings/lookups.ts';
import type { FindingId } from '../findings/registry.ts';
import { CATALOG, type CatalogEntry } from '../knowledge/catalog.ts';
import type { RecipientId } from '../knowledge/recipients.ts';
import { accountCountries, countryFor, findingVariant, regionVerdict, stateRecipients } from '../knowledge/finding-state.ts';
import { ringSubjectOwner, type SubjectOwner } from '../findings/ring/subject-owner.ts';
import { withOrphanCameras } from './orphan-cameras.ts';

/** A check's finding with what the account's state says about it (see knowledge/finding-state.ts). */
export interface StatedFinding {
  raw: RawFinding<FindingId>;
  entry: CatalogEntry;
  recipients: readonly RecipientId[];
  variant?: string;
  /** The account's country, when the feature is not offered there although the account reports it on. */
  outsideRegion?: string;
  /** Set when the subject is someone else's: only its owner can change it. */
  owner?: SubjectOwner;
}

/** `controlledBy`/`ownerName` of a subject the user does not control; nothing for their own. */
export function ownerFields(owner: SubjectOwner | null | undefined): { controlledBy?: 'owner'; ownerName?: string } {
  if (!owner) return {};
  return owner.ownerName ? { controlledBy: 'owner', ownerName: owner.ownerName } : { controlledBy: 'owner' };
}

/**
 * The account's findings with the risk the report gives them (what the account reports stands whatever its
 * region), without any text: for counts such as the badge, which must agree with what the popup shows.
 */
export function accountFindings(results: readonly SourceResult[]): { raw: RawFinding<FindingId>; risk: Risk }[] {
  const records = withOrphanCameras(mergeRecords(results), (id) => id);
  return withAccountState(
    runChecks(records),
    records,
    results.map(({ source }) => source),
  ).map(({ raw, entry }) => ({ raw, risk: raw.risk ?? entry.risk }));
}

/** The one recipient known for a feature not offered in the account's country (one list each, shared). */
const RING_ONLY: readonly RecipientId[] = ['ring'];
const AMAZON_ONLY: readonly RecipientId[] = ['amazon'];

/**
 * Keeps what the account reports whatever its country (a regional feature it reports on gets a note, see
 * regionVerdict), picks the variant that fits its state and says whose subject it is.
 */
export function withAccountState(
  raws: readonly RawFinding<FindingId>[],
  records: Records,
  sources: readonly { service: RawFinding['service']; origin: string }[],
): StatedFinding[] {
  const countries = accountCountries(records, sources);
  const stated: StatedFinding[] = [];
  for (const raw of raws) {
    const entry = CATALOG[raw.id];
    if (!entry) throw new Error(`No catalog entry for ${raw.id}`); // a meta-test makes this unreachable
    const country = countryFor(raw.service, countries);
    const verdict = regionVerdict(entry, raw, country);
    if (verdict === 'drop') continue;
    const owner = raw.service === 'ring' ? ringSubjectOwner(records, raw.subject) : null;
    // Not offered there: only the service whose data reports the setting is known to have it; no one onward is claimed.
    const finding: StatedFinding =
      verdict === 'outside-region' && country
        ? { raw, entry, recipients: raw.service === 'ring' ? RING_ONLY : AMAZON_ONLY, outsideRegion: country }
        : statedInRegion(raw, entry, records);
    // Assigned, not spread: one spread per finding takes V8's slow path on a big account.
    if (owner) finding.owner = owner;
    stated.push(finding);
  }
  return stated;
}

function statedInRegion(raw: RawFinding<FindingId>, entry: CatalogEntry, records: Records): StatedFinding {
  const variant = findingVariant(entry, raw, records);
  const recipients = stateRecipients(entry, raw, records, variant);
  return variant ? { raw, entry, recipients, variant } : { raw, entry, recipients };
}
