import { t } from '../../ui/extension-i18n.ts';

/** "Ring account" / "Amazon and Alexa (www.amazon.de)". */
export function accountLabel(accountKey: string): string {
  return accountKey.startsWith('amazon:') ? t('popup_account_amazon', [accountKey.slice('amazon:'.length)]) : t('popup_account_ring');
}
