import type { AccountReport } from '../../ui/load-reports.ts';
import type { Risk } from '../../model/finding.ts';
import { RISKS } from '../../model/finding.ts';
import { t, uiLocale } from '../../ui/extension-i18n.ts';
import { cleanName } from '../../ui/components/PageName.tsx';
import { plural } from '../../i18n/plural.ts';
import { rankAcross } from '../fix/rank-across.ts';
import { TOP_ACTIONS } from './FixFirst.tsx';

/** Everything the top actions do not cover, grouped by risk, collapsed, one line per finding. */
export function OtherFindings({ accounts }: { accounts: readonly AccountReport[] }) {
  // The top fixes and every ask of an owner (listed in their own group) are not repeated here.
  const covered = new Set(
    [...rankAcross(accounts).slice(0, TOP_ACTIONS), ...rankAcross(accounts, 'owner')].flatMap(({ accountKey, action }) =>
      action.devices.map((d) => `${accountKey}\u0000${action.findingId}\u0000${d.id}`),
    ),
  );
  const rest = accounts.flatMap((a) =>
    a.report.findings.filter((f) => !covered.has(`${a.accountKey}\u0000${f.id}\u0000${f.subject.id}`)).map((f) => ({ accountKey: a.accountKey, f })),
  );
  if (rest.length === 0) return null;
  const byRisk = (risk: Risk) => rest.filter(({ f }) => f.risk === risk);
  return (
    <section class="others" data-testid="other-findings">
      <h2>{t('others_heading')}</h2>
      {RISKS.filter((r) => byRisk(r).length > 0).map((risk) => (
        <details key={risk} class={`others__group others__group--${risk}`} data-risk={risk}>
          <summary>{plural(t, uiLocale, 'others_group', byRisk(risk).length, [t(`risk_${risk}`)])}</summary>
          <ul class="others__list">
            {byRisk(risk).map(({ accountKey, f }, i) => (
              <li key={`${accountKey}:${f.id}:${f.subject.id}:${i}`} data-other-finding={f.id}>
                {f.title} — <bdi>{cleanName(f.subject.type === 'account' ? t('label_account_wide') : f.subject.name)}</bdi>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
