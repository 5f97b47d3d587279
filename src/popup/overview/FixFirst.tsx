import type { FirstScreenAccount } from './first-screen-account.ts';
import { t } from '../../ui/extension-i18n.ts';
import { rankAcross } from '../fix/rank-across.ts';
import { checkKey, type Fixes } from '../fix/use-fixes.ts';
import { accountShortLabel } from '../../ui/account-label.ts';
import { ActionItem } from './ActionItem.tsx';

export const TOP_ACTIONS = 3;

/** At most three actions across all accounts, ranked by what they close. */
export function FixFirst({ accounts, fixes }: { accounts: readonly FirstScreenAccount[]; fixes: Fixes }) {
  const top = rankAcross(accounts).slice(0, TOP_ACTIONS);
  return (
    <section class="fix-first" data-testid="fix-first" aria-labelledby="fix-first-heading">
      <h2 id="fix-first-heading">{t('fix_heading')}</h2>
      {top.length === 0 && <p>{t('fix_none')}</p>}
      <ol class="actions">
        {top.map(({ accountKey, action }) => (
          <ActionItem
            key={checkKey(accountKey, action.id)}
            action={action}
            account={accountShortLabel(accountKey)}
            check={fixes.checks[checkKey(accountKey, action.id)]}
            onCheck={() => fixes.check(accountKey, action)}
          />
        ))}
      </ol>
    </section>
  );
}
