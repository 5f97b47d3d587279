import type { SourceResult } from '../model/records.ts';
import type { RawFinding, Risk } from '../model/finding.ts';
import { RISKS } from '../model/finding.ts';
import { REPORT_SCHEMA_VERSION, type Report, type ReportFinding, type ReportPolicePath } from '../model/report.ts';
import { reportDevices } from './report-devices.ts';
import { localizeDiagnostic } from './localize-diagnostics.ts';
import { buildSummary } from './summary/build-summary.ts';
import { mergeAccount, mergeRecords } from '../model/merge-records.ts';
import { reportMergeNotes } from './merge-notes-text.ts';
import { withOrphanCameras } from './orphan-cameras.ts';
import { runChecks } from '../findings/lookups.ts';
import type { FindingId } from '../findings/registry.ts';
import { ringPolicePaths, type PolicePath } from './police-paths.ts';
import { evidenceLocator, type EvidenceLocator } from './evidence-location.ts';
import { CATALOG, findingMessageKey, interfaceMessageKey, permissionMessageKey, type CatalogEntry } from '../knowledge/catalog.ts';
import { recipientMessageKey } from '../knowledge/recipients.ts';
import { accountCountries, countryFor, findingVariant, regionVerdict, stateRecipients } from '../knowledge/finding-state.ts';
import type { RecipientId } from '../knowledge/recipients.ts';
import type { Records } from '../model/records.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import type { ManualAnswer } from '../store/manual-answers.ts';
import { reportManualChecks } from './manual/report-manual-checks.ts';
import { pluralKey } from '../i18n/plural.ts';
import { reportUnknownSettings } from './unknown-settings.ts';
import { siteLocale } from './site-locale.ts';
import { reportVendorChanges } from './vendor-changes.ts';
import { featureSpread } from './feature-spread.ts';
import { KNOWLEDGE_DATE } from '../knowledge/vendor-changes.ts';
import { ringSubjectOwner, type SubjectOwner } from '../findings/ring/subject-owner.ts';
import { ringLocationLabel } from '../findings/ring/location-label.ts';
import type { Subject } from '../model/finding.ts';
import { buildAccess } from './access/build-access.ts';

export const TOOL_NAME = 'alexpose';

export interface ReportContext {
  t: Translate;
  locale: Locale;
  toolVersion: string;
  /** ISO time; injected so reports are reproducible in tests. */
  now: string;
  /** The user's answers to this account's manual checks (none in the CLI). */
  manualAnswers?: Readonly<Record<string, ManualAnswer>>;
  /** When each access entry was first seen, from the stored history (see report/access/first-seen.ts); none in the CLI. */
  accessFirstSeen?: Readonly<Record<string, string>>;
}

/** Sources → merged records → checks → localized report (schema v1). Pure. */
export function buildReport(results: readonly SourceResult[], ctx: ReportContext): Report {
  const { records: merged, notes } = mergeAccount(results);
  const records = withOrphanCameras(merged, (id) => ctx.t('device_unnamed_camera', [id]));
  const devices = reportDevices(records, { alexaBuiltIn: ctx.t('device_maker_alexa_built_in') });
  const mergeNotes = reportMergeNotes(notes, records, ctx.t, ctx.locale);
  // Every source says when it was read; with no time of its own, the report's time, named as such.
  const sources = results.map(({ source }) => ({
    ...source,
    ...(source.readAt ? {} : { readAt: ctx.now, readAtKind: 'report' as const }),
    diagnostics: source.diagnostics.map((d) => localizeDiagnostic(d, ctx.t)),
  }));
  const locate = evidenceLocator(results);
  const stated = withAccountState(
    runChecks(records),
    records,
    results.map(({ source }) => source),
  );
  const countries = accountCountries(records, sources);
  // Amazon opt-out pages on the account's own marketplace (amazon.de for an amazon.de account), whatever the UI
  // language; Ring's help is one site whose language editions follow the UI.
  const siteOf = (service: RawFinding['service']): Locale => (service === 'ring' ? ctx.locale : siteLocale(countryFor(service, countries), ctx.locale));
  const findings = sortFindings(localizeAll(stated, ctx, siteOf, locate).map((f) => ({ ...f, subject: namedSubject(f.subject, f.service, records, ctx.t) })));
  const policePaths = ringPolicePaths(records).map((path): ReportPolicePath => {
    const key = `police_path_${path.state.replace(/-/g, '_')}`;
    const days = path.retentionDays === null ? '?' : String(path.retentionDays);
    // The explanation counts days: singular and plural through the language's plural rules.
    const explanationKey = path.retentionDays === null ? `${key}_explanation` : pluralKey(ctx.t, ctx.locale, `${key}_explanation`, path.retentionDays);
    const owner = ringSubjectOwner(records, { type: 'device', id: path.deviceId, name: path.deviceName });
    return {
      ...path,
      ...policePathEvidence(path, locate),
      title: ctx.t(`${key}_title`, [days]),
      explanation: ctx.t(explanationKey, [days]),
      ...ownerFields(owner),
    };
  });
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: ctx.toolVersion },
    generatedAt: ctx.now,
    locale: ctx.locale,
    sources,
    devices,
    findings,
    policePaths,
    manualChecks: reportManualChecks(records, results, ctx.manualAnswers ?? {}, ctx),
    unknownSettings: reportUnknownSettings(records),
    featureSpread: featureSpread(records, devices),
    vendorChanges: reportVendorChanges(devices, countries, ctx.t),
    knowledgeDate: KNOWLEDGE_DATE,
    summary: buildSummary({ sources, devices, findings, policePaths, unreadableControls: unreadableControls(records), mergeNotes: mergeNotes.length }, ctx),
    ...(mergeNotes.length > 0 ? { mergeNotes } : {}),
    access: buildAccess(records, sources, { ...ctx, ...(ctx.accessFirstSeen ? { firstSeen: ctx.accessFirstSeen } : {}) }),
    ...reportExports(records),
  };
}

/**
 * A Ring location by its name and city ("Home (Berlin)"), else its city, else "a location": never its raw id,
 * which is what a check falls back to when no location list was read.
 */
function namedSubject(subject: Subject, service: string, records: Records, t: Translate): Subject {
  if (service !== 'ring' || subject.type !== 'location') return subject;
  const { name, city } = ringLocationLabel(records, subject.id);
  const label = name && city && !name.includes(city) ? `${name} (${city})` : (name ?? city ?? t('location_unnamed'));
  return { ...subject, name: label };
}

/** Control Center settings found whose state could not be read (a "mixed" switch): gaps, never "off". */
function unreadableControls(records: Records): number {
  return (records.ringControlSettings ?? []).filter((s) => s.state === null && s.amount === null).length;
}

/** The inventories of imported data exports, when there are any (the field is absent otherwise). */
function reportExports(records: Records): Pick<Report, 'exports'> {
  const inventories = records.exportInventories ?? [];
  return inventories.length > 0 ? { exports: inventories.map((e) => ({ ...e, files: e.files.map((f) => ({ ...f })) })) } : {};
}

/** A check's finding with what the account's state says about it (see knowledge/finding-state.ts). */
interface StatedFinding {
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
function ownerFields(owner: SubjectOwner | null | undefined): { controlledBy?: 'owner'; ownerName?: string } {
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

/**
 * Keeps what the account reports whatever its country (a regional feature it reports on gets a note, see
 * regionVerdict), picks the variant that fits its state and says whose subject it is.
 */
function withAccountState(
  raws: readonly RawFinding<FindingId>[],
  records: Records,
  sources: readonly { service: RawFinding['service']; origin: string }[],
): StatedFinding[] {
  const countries = accountCountries(records, sources);
  return raws.flatMap((raw): StatedFinding[] => {
    const entry = CATALOG[raw.id];
    if (!entry) throw new Error(`No catalog entry for ${raw.id}`); // a meta-test makes this unreachable
    const country = countryFor(raw.service, countries);
    const verdict = regionVerdict(entry, raw, country);
    if (verdict === 'drop') return [];
    const owner = raw.service === 'ring' ? ringSubjectOwner(records, raw.subject) : null;
    const whose = owner ? { owner } : {};
    // Not offered there: only the service whose data reports the setting is known to have it; no one onward is claimed.
    if (verdict === 'outside-region' && country)
      return [{ raw, entry, recipients: [raw.service === 'ring' ? 'ring' : 'amazon'], outsideRegion: country, ...whose }];
    const variant = findingVariant(entry, raw, records);
    const recipients = stateRecipients(entry, raw, records, variant);
    return [variant ? { raw, entry, recipients, variant, ...whose } : { raw, entry, recipients, ...whose }];
  });
}

/** Localizes many findings; the texts that do not depend on the subject are looked up once per finding kind and variant. */
function localizeAll(
  stated: readonly StatedFinding[],
  ctx: Pick<ReportContext, 't' | 'locale'>,
  siteOf: (service: RawFinding['service']) => Locale,
  locate: EvidenceLocator,
): ReportFinding[] {
  const shared = new Map<string, Pick<ReportFinding, 'explanation' | 'optOut'>>();
  return stated.map(({ raw, entry, recipients, variant, outsideRegion, owner }) => {
    const cacheKey = `${raw.id}\u0000${variant ?? ''}\u0000${outsideRegion ?? ''}\u0000${textVariant(raw)}\u0000${raw.service}`;
    let texts = shared.get(cacheKey);
    if (!texts) {
      texts = { explanation: explanationOf(entry, raw, ctx.t, variant, outsideRegion), optOut: optOutOf(entry, raw, ctx, siteOf(raw.service)) };
      shared.set(cacheKey, texts);
    }
    return {
      id: raw.id,
      service: raw.service,
      subject: raw.subject,
      // What the account reports is a fact whatever the region: it keeps its risk, with a note (explanationOf).
      risk: raw.risk ?? entry.risk,
      title: ctx.t(titleKey(entry, raw, ctx.t, ctx.locale), titleArgs(entry, raw, ctx.t, ctx.locale)),
      explanation: texts.explanation,
      recipients: namedRecipients(recipients, raw, ctx.t),
      optOut: { steps: [...texts.optOut.steps], url: texts.optOut.url },
      evidence: locate(raw.evidence, raw.subject),
      details: outsideRegion ? { ...raw.details, notOfferedIn: outsideRegion } : raw.details,
      ...ownerFields(owner),
    };
  });
}

/** The police path's deciding field bound to its document, as a finding's evidence is. */
function policePathEvidence(path: PolicePath, locate: EvidenceLocator): Partial<ReportPolicePath> {
  if (!path.evidence || !path.evidenceField) return {};
  const located = locate({ source: path.evidence, field: path.evidenceField }, { type: 'device', id: path.deviceId, name: path.deviceName });
  return {
    evidence: located.source,
    evidenceField: located.field,
    ...(located.location ? { evidenceLocation: located.location } : {}),
    ...(located.readAt ? { evidenceReadAt: located.readAt, evidenceReadAtKind: located.readAtKind ?? 'captured' } : {}),
  };
}

function explanationOf(entry: CatalogEntry, raw: RawFinding, t: Translate, variant?: string, outsideRegion?: string): string {
  if (outsideRegion)
    return t(raw.service === 'ring' ? 'finding_outside_region_ring' : 'finding_outside_region_amazon', [outsideRegion, (entry.regions ?? []).join(', ')]);
  if (variant) return t(findingMessageKey(raw.id, `explanation_${variant.replace(/-/g, '_')}`));
  return variantText(raw, 'explanation', t);
}

/** Recipients in words; a recipient named after the subject (the app's maker) gets its name. */
function namedRecipients(ids: readonly RecipientId[], raw: RawFinding, t: Translate): ReportFinding['recipients'] {
  return ids.map((id) => ({ id, name: t(recipientMessageKey(id, raw.service), [raw.subject.name]) }));
}

/** Steps in the UI's language; the page in the edition of the account's country (`site`, default the UI's). */
function optOutOf(entry: CatalogEntry, raw: RawFinding, { t, locale }: Pick<ReportContext, 't' | 'locale'>, site: Locale = locale): ReportFinding['optOut'] {
  return { steps: Array.from({ length: entry.steps }, (_, i) => t(findingMessageKey(raw.id, `step${i + 1}`))), url: entry.helpUrl[site] };
}

/** One finding in the user's language, with the catalog's default texts (no account state applied). */
export function localizeFinding(raw: RawFinding, { t, locale }: Pick<ReportContext, 't' | 'locale'>): ReportFinding {
  const entry = CATALOG[raw.id];
  if (!entry) throw new Error(`No catalog entry for ${raw.id}`); // a meta-test makes this unreachable
  return {
    id: raw.id,
    service: raw.service,
    subject: raw.subject,
    risk: raw.risk ?? entry.risk,
    title: t(titleKey(entry, raw, t, locale), titleArgs(entry, raw, t, locale)),
    explanation: explanationOf(entry, raw, t),
    recipients: namedRecipients(entry.recipients, raw, t),
    optOut: optOutOf(entry, raw, { t, locale }),
    evidence: raw.evidence,
    details: raw.details,
  };
}

/** A finding whose subject changes what the text must say (e.g. `owner`: the address is the owner's, not yours). */
function textVariant(raw: RawFinding): string {
  const v = raw.details['textVariant'];
  return typeof v === 'string' && /^[a-z]{1,20}$/.test(v) ? v : '';
}

/** The variant's message (`finding_…_title_owner`) when the catalog has one, else the finding's own. */
function variantText(raw: RawFinding, part: 'title' | 'explanation', t: Translate, args?: string[]): string {
  const variant = textVariant(raw);
  if (variant) {
    const key = `${findingMessageKey(raw.id, part)}_${variant}`;
    const text = t(key, args);
    if (text && text !== key) return text;
  }
  return t(findingMessageKey(raw.id, part), args);
}

/** The title's key; a title that counts (days, recordings) takes the plural form for its number. */
function titleKey(entry: CatalogEntry, raw: RawFinding, t: Translate, locale: Locale): string {
  const base = findingMessageKey(raw.id, 'title');
  // A subject variant (details.textVariant, e.g. `owner`) has its own title when the catalog has one.
  const variant = textVariant(raw);
  if (variant && t(`${base}_${variant}`) !== `${base}_${variant}`) return `${base}_${variant}`;
  // An account-wide finding may have its own title ("…for your Ring account", not "This device…").
  const accountKey = `${base}_account`;
  if (raw.subject.type === 'account' && t(accountKey) !== accountKey) return accountKey;
  const count = entry.titleCount ? raw.details[entry.titleCount] : undefined;
  return typeof count === 'number' ? pluralKey(t, locale, base, count) : base;
}

/**
 * Title substitutions in the user's language. A name the catalog has no words for is still shown, through
 * a neutral message that names it: never dropped.
 */
function titleArgs(entry: CatalogEntry, raw: RawFinding, t: Translate, locale: Locale): string[] {
  const known = (key: string, fallbackKey: string, name: string) => {
    const text = t(key);
    return text && text !== key ? text : t(fallbackKey, [name]);
  };
  return (entry.titleArgs ?? []).map((arg) => {
    if (typeof arg === 'string') return String(raw.details[arg] ?? '?');
    if (arg.as === 'count') {
      const count = String(raw.details[arg.detail] ?? '?');
      return raw.details[arg.atLeast] === true ? t('count_at_least', [count]) : count;
    }
    const value = String(raw.details[arg.detail] ?? '');
    if (arg.as === 'permission') return known(permissionMessageKey(value), 'perm_unknown', value);
    const names = value.split(',').filter(Boolean);
    const words = [...new Set(names.map((n) => known(interfaceMessageKey(n), 'iface_unknown', n)))];
    return words.length > 0 ? listFormat(locale).format(words) : '?';
  });
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** One list formatter per locale: constructing an Intl formatter costs more than formatting with it. */
function listFormat(locale: Locale): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format;
}

export function riskRank(risk: Risk): number {
  return RISKS.indexOf(risk);
}

const collator = new Intl.Collator('en');

/**
 * Each distinct text's place in the collator's order (texts the collator calls equal share one), so a sort of many
 * findings compares numbers: the collator runs over the distinct names once, not twice per comparison.
 */
function collationRanks(texts: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(texts)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((text, i) => {
    if (i > 0 && collator.compare(sorted[i - 1] as string, text) !== 0) rank++;
    ranks.set(text, rank);
  });
  return ranks;
}

/** By risk, then subject name, then finding id (names and ids in the collator's order); stable. */
function sortFindings(findings: ReportFinding[]): ReportFinding[] {
  const names = collationRanks(findings.map((f) => f.subject.name));
  const ids = collationRanks(findings.map((f) => f.id));
  const rankOf = (ranks: Map<string, number>, text: string) => ranks.get(text) as number;
  return findings.sort(
    (a, b) => riskRank(a.risk) - riskRank(b.risk) || rankOf(names, a.subject.name) - rankOf(names, b.subject.name) || rankOf(ids, a.id) - rankOf(ids, b.id),
  );
}
