import type { RawFinding, Subject } from '../model/finding.ts';
import type { ReportFinding } from '../model/report.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import { CATALOG, findingMessageKey, type CatalogEntry } from '../knowledge/catalog.ts';
import { recipientMessageKey, type RecipientId } from '../knowledge/recipients.ts';
import type { EvidenceLocator } from './evidence-location.ts';
import { ownerFields, type StatedFinding } from './finding-state-of-account.ts';
import { textVariant, titleArgs, titleKey, variantText } from './finding-title.ts';
import { branch, type MemoBranch } from './memo-branch.ts';

type Texts = { t: Translate; locale: Locale };

/**
 * Localizes many findings; the texts that do not depend on the subject are looked up once per finding kind and
 * variant. `nameSubject` gives each subject the name the report shows.
 */
export function localizeAll(
  stated: readonly StatedFinding[],
  ctx: Texts,
  siteOf: (service: RawFinding['service']) => Locale,
  locate: EvidenceLocator,
  nameSubject: (subject: Subject, service: RawFinding['service']) => Subject,
): ReportFinding[] {
  const shared: MemoBranch = new Map();
  const title = titleOnce(ctx);
  const recipientsOf = recipientsOnce(ctx.t);
  return stated.map(({ raw, entry, recipients, variant, outsideRegion, owner }) => {
    // The texts of a kind, variant, region note, subject variant and service: the same for all its findings.
    const memo = branch(branch(branch(branch(shared, raw.id), variant), outsideRegion), textVariant(raw));
    let texts = memo.get(raw.service) as Pick<ReportFinding, 'explanation' | 'optOut'> | undefined;
    if (!texts) {
      texts = { explanation: explanationOf(entry, raw, ctx.t, variant, outsideRegion), optOut: optOutOf(entry, raw, ctx, siteOf(raw.service)) };
      memo.set(raw.service, texts);
    }
    const finding: ReportFinding = {
      id: raw.id,
      service: raw.service,
      subject: nameSubject(raw.subject, raw.service),
      // What the account reports is a fact whatever the region: it keeps its risk, with a note (explanationOf).
      risk: raw.risk ?? entry.risk,
      title: title(entry, raw),
      explanation: texts.explanation,
      recipients: recipientsOf(recipients, raw),
      // Shared by every finding of a kind, as the explanation is: the report is never changed after it is built.
      optOut: texts.optOut,
      // Located by the subject the check named (an id), not by the name the report shows.
      evidence: locate(raw.evidence, raw.subject),
      details: outsideRegion ? { ...raw.details, notOfferedIn: outsideRegion } : raw.details,
    };
    // What `...ownerFields(owner)` would add, assigned: a spread per finding takes V8's slow path.
    if (owner) Object.assign(finding, ownerFields(owner));
    return finding;
  });
}

/**
 * A finding's title, looked up once per title text. The title is a function of the finding id, its subject
 * variant, whether the subject is the account, and the few details the catalog entry substitutes or counts: the
 * memo key is made of those alone, so the substitutions (words for interfaces, a list format) are worked out once
 * per distinct title, not once per finding.
 */
function titleOnce({ t, locale }: Texts): (entry: CatalogEntry, raw: RawFinding) => string {
  const titles: MemoBranch = new Map();
  return (entry, raw) => {
    let memo = branch(branch(titles, raw.id), textVariant(raw));
    for (const detail of titleDetails(entry)) memo = branch(memo, raw.details[detail]);
    const account = raw.subject.type === 'account';
    let title = memo.get(account) as string | undefined;
    if (title === undefined) memo.set(account, (title = t(titleKey(entry, raw, t, locale), titleArgs(entry, raw, t, locale))));
    return title;
  };
}

const titleDetailsOf = new WeakMap<CatalogEntry, readonly string[]>();

/** The details a catalog entry's title reads: its count and every detail its substitutions take. */
function titleDetails(entry: CatalogEntry): readonly string[] {
  let details = titleDetailsOf.get(entry);
  if (!details) {
    details = [
      ...(entry.titleCount ? [entry.titleCount] : []),
      ...(entry.titleArgs ?? []).flatMap((arg) => (typeof arg === 'string' ? [arg] : arg.as === 'count' ? [arg.detail, arg.atLeast] : [arg.detail])),
    ];
    titleDetailsOf.set(entry, details);
  }
  return details;
}

/** Stands for the subject's name while finding out whether a recipient's words name it. */
const NAME_PROBE = '\u0001subject\u0001';

/**
 * Recipients in words. The words are the same for every finding of a service unless they name the subject (the
 * app's maker): looked up once per recipient and service, and per finding only where the name is part of them.
 * A list whose words name no subject is made once and shared, like the explanation (the report is never changed
 * after it is built).
 */
function recipientsOnce(t: Translate): (ids: readonly RecipientId[], raw: RawFinding) => ReportFinding['recipients'] {
  const fixed: MemoBranch = new Map();
  const wordsOf = (id: RecipientId, service: RawFinding['service']): string | null => {
    const memo = branch(fixed, service);
    let text = memo.get(id) as string | null | undefined;
    if (text === undefined) {
      const probe = t(recipientMessageKey(id, service), [NAME_PROBE]);
      memo.set(id, (text = probe.includes(NAME_PROBE) ? null : probe));
    }
    return text;
  };
  const named = (ids: readonly RecipientId[], raw: RawFinding): ReportFinding['recipients'] =>
    ids.map((id) => ({ id, name: wordsOf(id, raw.service) ?? t(recipientMessageKey(id, raw.service), [raw.subject.name]) }));
  // Per list of ids (the catalog's own arrays) and service: the shared list, or null when its words name the subject.
  const lists = new Map<RawFinding['service'], Map<readonly RecipientId[], ReportFinding['recipients'] | null>>();
  return (ids, raw) => {
    let byIds = lists.get(raw.service);
    if (!byIds) lists.set(raw.service, (byIds = new Map()));
    let list = byIds.get(ids);
    if (list === undefined) {
      list = ids.every((id) => wordsOf(id, raw.service) !== null) ? named(ids, raw) : null;
      byIds.set(ids, list); // the catalog's arrays (and knowledge/finding-state's one copy of each): a few per report
    }
    return list ?? named(ids, raw);
  };
}

/** One finding in the user's language, with the catalog's default texts (no account state applied). */
export function localizeFinding(raw: RawFinding, { t, locale }: Texts): ReportFinding {
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
function optOutOf(entry: CatalogEntry, raw: RawFinding, { t, locale }: Texts, site: Locale = locale): ReportFinding['optOut'] {
  return { steps: Array.from({ length: entry.steps }, (_, i) => t(findingMessageKey(raw.id, `step${i + 1}`))), url: entry.helpUrl[site] };
}
