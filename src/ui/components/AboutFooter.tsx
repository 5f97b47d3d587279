import browser from 'webextension-polyfill';
import { t } from '../extension-i18n.ts';

/** The installed version and the privacy policy, at the foot of the popup and the report page. */
export function AboutFooter() {
  return (
    <footer class="about muted" data-testid="about">
      <span data-testid="version">{t('footer_version', [browser.runtime.getManifest().version])}</span>
      {' · '}
      <a href={browser.runtime.getURL('src/privacy-page/index.html')} target="_blank" rel="noreferrer" data-testid="privacy-link">
        {t('footer_privacy')}
      </a>
    </footer>
  );
}
