import type { ReportChange } from '../../report/diff-reports.ts';
import { findingMessageKey } from '../../knowledge/catalog.ts';
import { t } from '../extension-i18n.ts';
import { cleanName } from './PageName.tsx';

/** Changes between two scans; those that widen what is shared come first and are marked by shape and words. */
export function ChangeList({ changes }: { changes: readonly ReportChange[] }) {
  const ordered = [...changes].sort((a, b) => Number(b.worse) - Number(a.worse));
  return (
    <ul class="changes">
      {ordered.map((c, i) => (
        <li key={i} class={c.worse ? 'change change--worse' : 'change'} data-change-kind={c.kind} data-change-finding={c.findingId}>
          <span aria-hidden="true">{c.worse ? '▲ ' : '· '}</span>
          {describeChange(c)}
        </li>
      ))}
    </ul>
  );
}

export function describeChange(change: ReportChange): string {
  const c = { ...change, subject: { ...change.subject, name: cleanName(change.subject.name) } };
  const title = c.findingId ? t(findingMessageKey(c.findingId, 'title'), ['…']) : '';
  switch (c.kind) {
    case 'device-added':
      return t('change_device_added', [c.subject.name]);
    case 'device-removed':
      return t('change_device_removed', [c.subject.name]);
    case 'finding-added':
      return t('change_finding_added', [title, c.subject.name]);
    case 'finding-resolved':
      return t('change_finding_resolved', [title, c.subject.name]);
    case 'finding-changed':
      return t('change_finding_changed', [title, c.subject.name, c.detail?.key ?? '', String(c.detail?.before ?? '—'), String(c.detail?.after ?? '—')]);
  }
}
