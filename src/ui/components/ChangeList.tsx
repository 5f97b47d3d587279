import type { ReportChange } from '../../report/diff-reports.ts';
import { findingMessageKey } from '../../knowledge/catalog.ts';
import { t, uiLocale } from '../extension-i18n.ts';
import { cleanName } from './PageName.tsx';
import { plural } from '../../i18n/plural.ts';
import { peopleChange, roleWords } from '../../report/people-changes.ts';
import { sharedUsers } from '../../findings/ring/shared-users.ts';

/** Changes between two scans; those that widen what is shared come first and are marked by shape and words. */
export function ChangeList({ changes }: { changes: readonly ReportChange[] }) {
  const ordered = [...changes].sort((a, b) => Number(b.worse) - Number(a.worse));
  return (
    <ul class="changes">
      {ordered.map((c, i) => (
        <li
          key={i}
          class={c.worse ? 'change change--worse' : 'change'}
          data-change-kind={c.kind}
          data-change-finding={c.findingId}
          data-newly-read={c.newlyRead ? 'true' : undefined}
        >
          <span aria-hidden="true">{c.worse ? '▲ ' : '· '}</span>
          {describeChange(c)}
        </li>
      ))}
    </ul>
  );
}

/** Detail names Alexposé has words for; any other detail change is told without its raw key. */
const DETAIL_WORDS = new Set(['days', 'count', 'accounts', 'voiceProfiles', 'roles', 'accountSwitch', 'retention', 'people', 'interfaces']);

function detailValue(value: string | number | boolean | null): string {
  if (value === null) return t('change_value_unknown');
  if (value === true || value === 'on') return t('change_value_on');
  if (value === false || value === 'off') return t('change_value_off');
  return String(value);
}

export function describeChange(change: ReportChange): string {
  const c = { ...change, subject: { ...change.subject, name: cleanName(change.subject.name) } };
  // The whole account is "your Ring account", never "(Ring)" as if it were a device.
  const subject = c.subject.type === 'account' ? t('change_subject_account', [c.subject.name]) : c.subject.name;
  // The report's own title; without one (older callers) the catalog title, whose placeholders would show as "…".
  const title = c.title ?? (c.findingId ? t(findingMessageKey(c.findingId, 'title'), ['…']) : '');
  switch (c.kind) {
    case 'device-added':
      return t(c.newlyRead ? 'change_device_newly_read' : 'change_device_added', [c.subject.name]);
    case 'device-removed':
      return t('change_device_removed', [c.subject.name]);
    case 'finding-added':
      return t(c.newlyRead ? 'change_finding_newly_read' : 'change_finding_added', [title, subject]);
    case 'finding-resolved':
      return t('change_finding_resolved', [title, subject]);
    case 'finding-changed': {
      const key = c.detail?.key ?? '';
      const inWords = !c.newlyRead && c.detail ? changeInWords(c.findingId, key, c.detail.before, c.detail.after, subject, title) : null;
      if (inWords) return inWords;
      if (!DETAIL_WORDS.has(key)) return t(c.newlyRead ? 'change_finding_newly_read' : 'change_finding_changed_plain', [title, subject]);
      return t('change_finding_changed', [
        title,
        subject,
        t(`change_detail_${key}`),
        detailValue(c.detail?.before ?? null),
        detailValue(c.detail?.after ?? null),
      ]);
    }
  }
}

/**
 * Who can now see what, in words: "Max can now see Garden (Berlin)", "Garden: 3 people instead of 2", "Max is now
 * owner at Garden", never "count 2 → 3" or a role id. Null when the change has no such words.
 */
function changeInWords(
  findingId: string | undefined,
  key: string,
  before: string | number | boolean | null,
  after: string | number | boolean | null,
  subject: string,
  title: string,
): string | null {
  if (key === 'people') {
    const { added, removed, roleChanged } = peopleChange(before, after);
    const lines = [
      ...added.map((p) => t('change_person_added', [cleanName(p.name), subject])),
      ...removed.map((p) => t('change_person_removed', [cleanName(p.name), subject])),
      ...roleChanged.map((p) => t('change_person_role', [cleanName(p.name), subject, roleWords(p.role, t)])),
    ];
    return lines.length > 0 ? lines.join('; ') : null;
  }
  if (key === 'count' && typeof before === 'number' && typeof after === 'number') {
    if (findingId === sharedUsers.id) return plural(t, uiLocale, 'change_people_count', after, [subject, before.toLocaleString(uiLocale)]);
    return t('change_count_instead', [title, subject, after.toLocaleString(uiLocale), before.toLocaleString(uiLocale)]);
  }
  return null;
}
