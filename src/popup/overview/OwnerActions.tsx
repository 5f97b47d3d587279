import type { FirstScreenAccount } from './first-screen-account.ts';
import { t } from '../../ui/extension-i18n.ts';
import { rankAcross } from '../fix/rank-across.ts';
import { checkKey } from '../fix/use-fixes.ts';
import { accountShortLabel } from '../../ui/account-label.ts';
import { ActionItem } from './ActionItem.tsx';

/**
 * Below the user's own fixes: what only the owner of a shared device can change, asked of them ("Ask Greta to
 * turn on end-to-end encryption"), with leaving the share as the user's own way out. Never "I did it — check again".
 */
export function OwnerActions({ accounts }: { accounts: readonly FirstScreenAccount[] }) {
  const asks = rankAcross(accounts, 'owner');
  if (asks.length === 0) return null;
  return (
    <section class="fix-first fix-first--owner" data-testid="owner-actions" aria-labelledby="owner-actions-heading">
      <h2 id="owner-actions-heading">{t('owner_group_heading')}</h2>
      <p class="muted">{t('owner_group_note')}</p>
      <ol class="actions">
        {asks.map(({ accountKey, action }) => (
          <ActionItem
            key={checkKey(accountKey, action.id)}
            action={action}
            account={accountShortLabel(accountKey)}
            check={undefined}
            onCheck={() => undefined}
          />
        ))}
      </ol>
    </section>
  );
}
