import type { AccountReport } from '../../ui/load-reports.ts';
import { ownActions } from '../../report/summary/actions.ts';
import { diffReports } from '../../report/diff-reports.ts';
import { t, uiLocale } from '../../ui/extension-i18n.ts';
import { plural } from '../../i18n/plural.ts';
import { cleanName } from '../../ui/components/PageName.tsx';
import { readByRun, type RunOutcome } from './use-run-outcome.ts';
import { accountLabel } from '../../ui/account-label.ts';

const MAX_NAMED = 3;

/**
 * After Scan now or a deep scan: one line per account that run read ("Alexa: 12 new findings"), the names behind
 * a disclosure so the fix list stays on the first screen; what is still on names only what was on before the run.
 */
export function RunChanges({ outcome, accounts }: { outcome: RunOutcome | null; accounts: readonly AccountReport[] }) {
  if (!outcome?.finished) return null;
  const lines = readByRun(outcome, accounts).map((a) => {
    const before = outcome.before.get(a.accountKey) ?? null;
    const changes = before
      ? diffReports(before, a.report)
      : a.report.findings.map((f) => ({ kind: 'finding-added' as const, title: f.title, name: f.subject.name }));
    const named = (kind: string) =>
      changes.filter((c) => c.kind === kind).map((c) => ('name' in c ? `${c.title} (${cleanName(c.name)})` : describe(a, c.findingId, c.subject.id, before)));
    const added = named('finding-added');
    const gone = named('finding-resolved');
    const counts = [
      added.length ? plural(t, uiLocale, 'run_count_new', added.length) : '',
      gone.length ? plural(t, uiLocale, 'run_count_resolved', gone.length) : '',
    ].filter(Boolean);
    const details: string[] = [];
    if (added.length) details.push(plural(t, uiLocale, 'run_new', added.length, [list(added)]));
    if (gone.length) details.push(plural(t, uiLocale, 'run_resolved', gone.length, [list(gone)]));
    // Still on: what was on before this run and still is, said as the finding; never what this run just found.
    const wasOn = new Set((before?.findings ?? []).map((f) => f.id));
    const still = ownActions(a.report.summary?.actions ?? [])
      .filter((x) => wasOn.has(x.findingId))
      .slice(0, 2)
      .map((x) => a.report.findings.find((f) => f.id === x.findingId)?.title ?? x.title);
    if (still.length) details.push(t('run_still_on', [still.join('; ')]));
    return { key: a.accountKey, label: accountLabel(a.accountKey), summary: counts.length ? counts.join(', ') : t('run_count_none'), details };
  });
  return (
    <section class="run-changes" data-testid="run-changes" role="status">
      <h2>{t('run_heading')}</h2>
      {lines.length === 0 && <p>{t('run_nothing_changed')}</p>}
      <ul>
        {lines.map((l) => (
          <li key={l.key} data-account={l.key}>
            {l.details.length === 0 ? (
              <span>
                <strong>{l.label}: </strong>
                {l.summary}
              </span>
            ) : (
              <details>
                <summary>
                  <strong>{l.label}: </strong>
                  {l.summary}
                </summary>
                <ul>
                  {l.details.map((text, i) => (
                    <li key={i}>{text}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
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
