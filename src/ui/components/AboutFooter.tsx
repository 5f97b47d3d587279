import browser from 'webextension-polyfill';
import { t } from '../extension-i18n.ts';
import { PRIVACY_PAGE, pageUrl } from '../pages.ts';
import { KNOWLEDGE_DATE } from '../../knowledge/vendor-changes.ts';
import { registerDate } from './VendorChanges.tsx';

/** The installed version, the date of Alexposé's knowledge and the privacy policy, at the foot of the popup and the report page. */
export function AboutFooter() {
  return (
    <footer class="about muted" data-testid="about">
      <span data-testid="version">{t('footer_version', [browser.runtime.getManifest().version])}</span>
      {' · '}
      <span data-testid="footer-knowledge-date">{t('knowledge_date', [registerDate(KNOWLEDGE_DATE)])}</span>
      {' · '}
      <a href={pageUrl(PRIVACY_PAGE)} target="_blank" rel="noreferrer" data-testid="privacy-link">
        {t('footer_privacy')}
      </a>
    </footer>
  );
}
