import type { Records } from '../model/records.ts';
import type { RawFinding } from '../model/finding.ts';
import type { Service } from '../model/diagnostics.ts';
import type { CatalogEntry } from '../findings/catalog-entry.ts';
import type { RecipientId } from '../findings/recipients.ts';
import { findingModule } from '../findings/lookups.ts';
import { neighbors } from '../findings/ring/neighbors.ts';
import { cloudRecordingOf } from '../findings/ring/cloud-recording.ts';

/**
 * What the account's own state says about a finding's text and recipients: the country the account belongs to
 * (a feature Ring or Amazon does not offer there is no finding), and the variant of the explanation that fits
 * (a camera Ring cannot open has no police recipient; a device that reaches Amazon directly has no skill vendor).
 */

/** Retail hosts → country. Other Amazon hosts (alexa.amazon.com serves several countries) say nothing. */
const MARKETPLACE_COUNTRY: Readonly<Record<string, string>> = {
  'www.amazon.com': 'US',
  'www.amazon.de': 'DE',
  'www.amazon.co.uk': 'GB',
  'www.amazon.fr': 'FR',
  'www.amazon.it': 'IT',
  'www.amazon.es': 'ES',
  'www.amazon.ca': 'CA',
  'www.amazon.com.au': 'AU',
  'alexa.amazon.de': 'DE',
  'alexa.amazon.co.uk': 'GB',
};

export interface AccountCountries {
  ring: string | null;
  amazon: string | null;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The account's country, from the account itself: Ring's profile `country` (else a location's), and the Amazon
 * marketplace the pages were read on. Null when nothing said it, or when two marketplaces disagree.
 */
export function accountCountries(records: Records, sources: readonly { service: Service; origin: string }[]): AccountCountries {
  const ringCountry = records.ringProfile?.find((p) => p.country)?.country ?? records.ringLocations?.find((l) => l.country)?.country ?? null;
  const amazon = new Set(
    sources
      .filter((s) => s.service !== 'ring')
      .map((s) => MARKETPLACE_COUNTRY[hostOf(s.origin) ?? ''])
      .filter((c): c is string => Boolean(c)),
  );
  return { ring: ringCountry ? ringCountry.toUpperCase() : null, amazon: amazon.size === 1 ? [...amazon][0]! : null };
}

export function countryFor(service: Service, countries: AccountCountries): string | null {
  return service === 'ring' ? countries.ring : countries.amazon;
}

export type RegionVerdict = 'in-region' | 'drop' | 'outside-region';

/**
 * A regional finding for an account of another country. Every check reads the account's own state (a profile
 * flag, a device field, a settings switch), and what the account reports is the fact: the finding stands, with a
 * note that the feature is not listed for that country ('outside-region'). Only a catalog entry that explicitly
 * says `outsideRegions: 'drop'` (a claim not backed by account state) is dropped. Unknown country: it stands as is.
 */
export function regionVerdict(entry: CatalogEntry, _raw: RawFinding, country: string | null): RegionVerdict {
  if (!entry.regions || country === null || entry.regions.includes(country)) return 'in-region';
  return entry.outsideRegions === 'drop' ? 'drop' : 'outside-region';
}

/**
 * The explanation/recipient variant that fits the account's state, when the catalog entry has one for it:
 * `e2ee` (videos end-to-end encrypted), `no-cloud` (the device says it does not record), `direct` (the device reaches
 * Amazon without a vendor's skill).
 */
export function findingVariant(entry: CatalogEntry, raw: RawFinding, records: Records): string | undefined {
  const variant = stateVariant(raw, records);
  return variant && entry.variants?.[variant] ? variant : undefined;
}

/** By-id lookups of one set of records, built once: a search per finding would make a big account quadratic. */
interface RecordIndex {
  devices: Map<string, NonNullable<Records['ringDevices']>[number]>;
  settings: Map<string, NonNullable<Records['ringDeviceSettings']>[number]>;
  endpoints: Map<string, NonNullable<Records['alexaEndpoints']>[number]>;
  neighborsOff: boolean;
}
const indexes = new WeakMap<Records, RecordIndex>();

/** The first record per id wins, as `find` would give. */
function byId<T>(list: readonly T[] | undefined, id: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list ?? []) if (!map.has(id(item))) map.set(id(item), item);
  return map;
}

function indexOf(records: Records): RecordIndex {
  let index = indexes.get(records);
  if (!index) {
    index = {
      devices: byId(records.ringDevices, (d) => d.id),
      settings: byId(records.ringDeviceSettings, (s) => s.deviceId),
      endpoints: byId(records.alexaEndpoints, (e) => e.id),
      neighborsOff: neighborsReadOff(records),
    };
    indexes.set(records, index);
  }
  return index;
}

function stateVariant(raw: RawFinding, records: Records): string | undefined {
  if (raw.subject.type !== 'device') return undefined;
  // Each module names the rule its recipients follow: `video-access`, whether Ring can open the camera's videos;
  // `device-path`, the path a smart-home device takes to Alexa.
  const rule = findingModule(raw.id)?.variantRule;
  if (rule === 'video-access') {
    const device = indexOf(records).devices.get(raw.subject.id);
    const settings = indexOf(records).settings.get(raw.subject.id);
    if (!device || settings?.localStorage === true) return undefined;
    if (settings?.e2eeEnabled === true) return 'e2ee';
    // Nothing in the cloud only when the device says it does not record; `subscribed: false` alone does not say so.
    if (cloudRecordingOf(device, settings ?? null).records === false) return 'no-cloud';
    return undefined;
  }
  if (rule === 'device-path') {
    const endpoint = indexOf(records).endpoints.get(raw.subject.id);
    return endpoint && (endpoint.path.kind === 'amazon-device' || endpoint.path.kind === 'amazon-cloud') ? 'direct' : undefined;
  }
  return undefined;
}

/** Whether the account's Neighbors participation was read as off (the Control Center switch wins over the profile flag). */
function neighborsReadOff(records: Records): boolean {
  const page = (records.ringControlSettings ?? []).find((s) => s.key === 'neighbors' && s.state !== null);
  return page ? page.state === 'off' : records.ringProfile?.[0]?.neighborsActivated === false;
}

/**
 * Recipients as the account's state allows: a variant's own list, and no "Neighbors users" on other findings once
 * the account was read as not taking part in Neighbors (an unread state keeps them: it is not known to be off).
 */
export function stateRecipients(entry: CatalogEntry, raw: RawFinding, records: Records, variant?: string): readonly RecipientId[] {
  const ids = (variant ? entry.variants?.[variant]?.recipients : undefined) ?? entry.recipients;
  return raw.id !== neighbors.id && ids.includes('neighbors') && indexOf(records).neighborsOff ? withoutNeighbors(ids) : ids;
}

const neighborless = new WeakMap<readonly RecipientId[], readonly RecipientId[]>();

/** A catalog list without "Neighbors users", made once per list: every finding of a kind gets the same one. */
function withoutNeighbors(ids: readonly RecipientId[]): readonly RecipientId[] {
  let out = neighborless.get(ids);
  if (!out) neighborless.set(ids, (out = ids.filter((id) => id !== 'neighbors')));
  return out;
}
