import type { FirstScreenAccount } from './first-screen-account.ts';
import type { ReportChange } from '../../report/diff-reports.ts';
import { describeChange } from '../../ui/components/ChangeList.tsx';
import { t, tn } from '../../ui/extension-i18n.ts';
import { RISKS } from '../../model/finding.ts';

const riskRank = (risk: (typeof RISKS)[number]) => RISKS.indexOf(risk);

const SHOWN = 2;

/** A change that widens what is shared, with the risk of the finding it is about (device changes count as medium). */
function ranked(account: FirstScreenAccount): { change: ReportChange; rank: number }[] {
  return account.changes
    .filter((c) => c.worse && !c.newlyRead)
    .map((change) => {
      const finding = account.report.findings.find((f) => f.id === change.findingId && f.subject.id === change.subject.id);
      return { change, rank: finding ? riskRank(finding.risk) : riskRank('medium') };
    });
}

/**
 * On the first screen, before the fixes: the security-relevant changes since the user last looked, in words
 * ("End-to-end encryption was turned off for Garden"), the most serious first; the rest are one click further.
 */
export function ChangesFirst({ accounts }: { accounts: readonly FirstScreenAccount[] }) {
  const all = accounts.flatMap(ranked).sort((a, b) => a.rank - b.rank);
  if (all.length === 0) return null;
  return (
    <section class="changes-first" data-testid="changes-first" aria-labelledby="changes-first-heading">
      <h2 id="changes-first-heading">{t('changes_first_heading')}</h2>
      <ul>
        {all.slice(0, SHOWN).map(({ change }, i) => (
          <li key={i} class="change change--worse" data-change-kind={change.kind} data-change-finding={change.findingId}>
            <span aria-hidden="true">▲ </span>
            {describeChange(change)}
          </li>
        ))}
      </ul>
      {all.length > SHOWN && (
        <a href="#details-heading" class="hint" data-testid="changes-first-more">
          {tn('changes_first_more', all.length - SHOWN)}
        </a>
      )}
    </section>
  );
}
