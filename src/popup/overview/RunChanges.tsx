import type { AccountReport } from '../../ui/load-reports.ts';
import { ownActions } from '../../report/summary/actions.ts';
import { diffReports } from '../../report/diff-reports.ts';
import { t, uiLocale } from '../../ui/extension-i18n.ts';
import { plural } from '../../i18n/plural.ts';
import { cleanName } from '../../ui/components/PageName.tsx';
import type { RunOutcome } from './use-run-outcome.ts';
import { accountLabel } from '../../ui/account-label.ts';

const MAX_NAMED = 3;

/** After Scan now or a deep scan: what that run changed, and what is still on. */
export function RunChanges({ outcome, accounts }: { outcome: RunOutcome | null; accounts: readonly AccountReport[] }) {
  if (!outcome?.finished) return null;
  const lines = accounts.flatMap((a) => {
    const before = outcome.before.get(a.accountKey) ?? null;
    const changes = before
      ? diffReports(before, a.report)
      : a.report.findings.map((f) => ({ kind: 'finding-added' as const, title: f.title, name: f.subject.name }));
    const named = (kind: string) =>
      changes.filter((c) => c.kind === kind).map((c) => ('name' in c ? `${c.title} (${cleanName(c.name)})` : describe(a, c.findingId, c.subject.id, before)));
    const added = named('finding-added');
    const gone = named('finding-resolved');
    const out: string[] = [];
    if (added.length) out.push(plural(t, uiLocale, 'run_new', added.length, [list(added)]));
    if (gone.length) out.push(plural(t, uiLocale, 'run_resolved', gone.length, [list(gone)]));
    // What is still on, said as the finding (not the action): "Still on: Ring can open this camera's videos".
    const still = ownActions(a.report.summary?.actions ?? [])
      .slice(0, 2)
      .map((x) => a.report.findings.find((f) => f.id === x.findingId)?.title ?? x.title);
    if (still.length) out.push(t('run_still_on', [still.join('; ')]));
    return out.length ? [{ key: a.accountKey, label: accountLabel(a.accountKey), out }] : [];
  });
  return (
    <section class="run-changes" data-testid="run-changes" role="status">
      <h2>{t('run_heading')}</h2>
      {lines.length === 0 && <p>{t('run_nothing_changed')}</p>}
      <ul>
        {lines.flatMap((l) =>
          l.out.map((text, i) => (
            <li key={`${l.key}:${i}`}>
              {lines.length > 1 && <strong>{l.label}: </strong>}
              {text}
            </li>
          )),
        )}
      </ul>
    </section>
  );
}

function list(items: string[]): string {
  return items.length > MAX_NAMED ? `${items.slice(0, MAX_NAMED).join('; ')} …` : items.join('; ');
}

/** Title and subject of a finding, from the report that still has it. */
function describe(a: AccountReport, findingId: string | undefined, subjectId: string, before: AccountReport['report'] | null): string {
  const f = [...a.report.findings, ...(before?.findings ?? [])].find((x) => x.id === findingId && x.subject.id === subjectId);
  return f ? `${f.title} (${cleanName(f.subject.name)})` : String(findingId);
}
