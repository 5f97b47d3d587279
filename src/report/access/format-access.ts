import type { AccessKind, ReportAccessEntry } from '../../model/report.ts';
import type { Locale, Translate } from '../../i18n/translate.ts';
import { plural } from '../../i18n/plural.ts';

const KINDS: readonly AccessKind[] = ['person', 'client', 'service', 'device', 'app'];

/**
 * The access list as lines for the text and Markdown exports: grouped by kind, each entry with its detail,
 * "verified", its first-seen date and the page that removes it. `name` escapes page-derived text for the format.
 */
export function accessLines(
  access: readonly ReportAccessEntry[],
  t: Translate,
  locale: Locale,
  name: (text: string) => string,
): { heading: string; groups: { heading: string; entries: { line: string; steps: string[]; url: string }[] }[] } {
  const groups = KINDS.map((kind) => ({
    heading: t(`access_kind_${kind}`),
    entries: access
      .filter((e) => e.kind === kind)
      .map((e) => {
        const parts = [`${name(e.name)} (${t(`access_service_${e.service}`)})`];
        if (e.detail) parts.push(name(e.detail));
        if (e.verified !== null) parts.push(t(e.verified ? 'access_verified' : 'access_unverified'));
        if (e.firstSeen) parts.push(t('access_first_seen', [e.firstSeen.slice(0, 10)]));
        parts.push(`${t('md_evidence')}: ${name(`${e.evidence.source} / ${e.evidence.field}`)}`);
        return { line: parts.join(' · '), steps: e.remove.steps, url: e.remove.url };
      }),
  })).filter((g) => g.entries.length > 0);
  const heading = access.length > 0 ? plural(t, locale, 'access_line', access.length) : t('access_heading');
  return { heading, groups };
}
