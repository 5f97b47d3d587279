import browser from 'webextension-polyfill';
import { t } from '../ui/extension-i18n.ts';

/** The privacy policy the store listings link to, shipped inside the extension so it always matches the installed version. */
export const PRIVACY_SECTIONS = [
  ['privacy_reads_heading', 'privacy_reads'],
  ['privacy_requests_heading', 'privacy_requests'],
  ['privacy_stored_heading', 'privacy_stored'],
  ['privacy_shared_heading', 'privacy_shared'],
] as const;

export const PRIVACY_PERMISSIONS = [
  'privacy_permission_storage',
  'privacy_permission_ring',
  'privacy_permission_amazon',
  'privacy_permission_alexa',
  'privacy_permission_notifications',
] as const;

export function PrivacyPolicy() {
  document.title = t('privacy_title');
  return (
    <main class="privacy-page">
      <h1>{t('privacy_title')}</h1>
      <p data-testid="privacy-summary">
        <strong>{t('privacy_summary')}</strong>
      </p>
      {PRIVACY_SECTIONS.map(([heading, text]) => (
        <section key={heading}>
          <h2>{t(heading)}</h2>
          <p>{t(text)}</p>
        </section>
      ))}
      <section>
        <h2>{t('privacy_permissions_heading')}</h2>
        <ul>
          {PRIVACY_PERMISSIONS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t('privacy_erase_heading')}</h2>
        <p>{t('privacy_erase')}</p>
      </section>
      <p class="muted">{t('privacy_version', [browser.runtime.getManifest().version])}</p>
    </main>
  );
}
