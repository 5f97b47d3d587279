import type { Records } from '../../model/records.ts';
import type { ReportAccessEntry, ReportSource } from '../../model/report.ts';
import type { Locale, Translate } from '../../i18n/translate.ts';
import { plural } from '../../i18n/plural.ts';
import { findingMessageKey } from '../../knowledge/catalog.ts';
import { accountSite } from '../summary/account-site.ts';
import type { AccessDraft, DetailPart } from './access-draft.ts';
import { ringAccess } from './ring-access.ts';
import { amazonAccess } from './amazon-access.ts';

/** Every access entry of an account's records, without words: for first-seen dates, which need no language. */
export function accessDrafts(records: Records): AccessDraft[] {
  const all = [...ringAccess(records), ...amazonAccess(records)];
  const seen = new Set<string>();
  return all.filter((d) => !seen.has(d.id) && seen.add(d.id));
}

const KIND_ORDER = ['person', 'client', 'service', 'device', 'app'] as const;

/**
 * The access list of the report: each entry in words, with the official steps that remove it and the page where
 * (the account's own site when the web can do it, else the help article for the user's language), and the date
 * it was first seen when the history knows it.
 */
export function buildAccess(
  records: Records,
  sources: readonly ReportSource[],
  ctx: { t: Translate; locale: Locale; firstSeen?: Readonly<Record<string, string>> },
): ReportAccessEntry[] {
  const collator = new Intl.Collator(ctx.locale);
  return accessDrafts(records)
    .map((d): ReportAccessEntry => ({
      id: d.id,
      kind: d.kind,
      service: d.service,
      // A list row the page shows without a name is still someone with access: it is listed, never dropped.
      name: d.nameKey ? ctx.t(d.nameKey) : d.name.trim() || ctx.t('access_name_unnamed'),
      detail: d.detail.map((p) => detailText(p, ctx)).join(' · '),
      verified: d.verified,
      firstSeen: ctx.firstSeen?.[d.id] ?? null,
      evidence: d.evidence,
      remove: removal(d, sources, ctx),
    }))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || collator.compare(a.name, b.name));
}

function detailText(part: DetailPart, { t, locale }: { t: Translate; locale: Locale }): string {
  if ('text' in part) return part.text;
  if ('plural' in part) return plural(t, locale, part.plural, part.count);
  return t(part.key, part.args);
}

function removal(d: AccessDraft, sources: readonly ReportSource[], { t, locale }: { t: Translate; locale: Locale }): ReportAccessEntry['remove'] {
  const { entry, place } = d.removedAs;
  const steps = Array.from({ length: entry.steps }, (_, i) => t(findingMessageKey(entry.id, `step${i + 1}`)));
  const url =
    place.kind === 'web' && place.path ? `${accountSite(sources, d.service === 'ring' ? 'ring' : 'amazon', locale)}${place.path}` : entry.helpUrl[locale];
  return { steps, url };
}
