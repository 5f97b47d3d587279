import { t } from '../../extension-i18n.ts';

/** "Ring account" / "Amazon and Alexa (www.amazon.de)". */
export function accountLabel(accountKey: string): string {
  return accountKey.startsWith('amazon:') ? t('popup_account_amazon', [accountKey.slice('amazon:'.length)]) : t('popup_account_ring');
}

/** Short name for a line that already says what it is: "Ring" / "amazon.de" (names, not translated). */
export function accountShortLabel(accountKey: string): string {
  return accountKey.startsWith('amazon:') ? accountKey.slice('amazon:'.length) : 'Ring';
}
