import { t } from './extension-i18n.ts';

// Account keys are `ring:<owner id>` or `amazon:<marketplace>` (src/store/account-key.ts makes them).
const AMAZON_PREFIX = 'amazon:';

export function accountService(accountKey: string): 'ring' | 'amazon' {
  return accountKey.startsWith(AMAZON_PREFIX) ? 'amazon' : 'ring';
}

/** "Ring account" / "Amazon and Alexa (www.amazon.de)". */
export function accountLabel(accountKey: string): string {
  return accountService(accountKey) === 'amazon' ? t('popup_account_amazon', [marketplaceOf(accountKey)]) : t('popup_account_ring');
}

/** The marketplace of an Amazon account key; an imported data export that joined no account has none (`file:`). */
const marketplaceOf = (accountKey: string) => {
  const host = accountKey.slice(AMAZON_PREFIX.length);
  return host === 'file:' ? t('account_from_export') : host;
};

/** Short name for a line that already says what it is: "Ring" / "amazon.de" (names, not translated). */
export function accountShortLabel(accountKey: string): string {
  return accountService(accountKey) === 'amazon' ? marketplaceOf(accountKey) : 'Ring';
}
