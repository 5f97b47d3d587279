import { t } from './extension-i18n.ts';

// Account keys are `ring:<owner id>` or `amazon:<marketplace>` (src/store/account-key.ts makes them).
const AMAZON_PREFIX = 'amazon:';

export function accountService(accountKey: string): 'ring' | 'amazon' {
  return accountKey.startsWith(AMAZON_PREFIX) ? 'amazon' : 'ring';
}

/** "Ring account" / "Amazon and Alexa (www.amazon.de)". */
export function accountLabel(accountKey: string): string {
  return accountService(accountKey) === 'amazon' ? t('popup_account_amazon', [accountKey.slice(AMAZON_PREFIX.length)]) : t('popup_account_ring');
}

/** Short name for a line that already says what it is: "Ring" / "amazon.de" (names, not translated). */
export function accountShortLabel(accountKey: string): string {
  return accountService(accountKey) === 'amazon' ? accountKey.slice(AMAZON_PREFIX.length) : 'Ring';
}
