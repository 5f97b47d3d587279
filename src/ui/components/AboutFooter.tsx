import browser from 'webextension-polyfill';
import { t } from '../extension-i18n.ts';
import { PRIVACY_PAGE, pageUrl } from '../pages.ts';

/** The installed version and the privacy policy, at the foot of the popup and the report page. */
export function AboutFooter() {
  return (
    <footer class="about muted" data-testid="about">
      <span data-testid="version">{t('footer_version', [browser.runtime.getManifest().version])}</span>
      {' · '}
      <a href={pageUrl(PRIVACY_PAGE)} target="_blank" rel="noreferrer" data-testid="privacy-link">
        {t('footer_privacy')}
      </a>
    </footer>
  );
}
