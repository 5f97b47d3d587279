import { t, uiLocale } from '../../ui/extension-i18n.ts';

export function EmptyState() {
  return (
    <section class="empty" data-testid="empty-state">
      <h2>{t('popup_nothing_scanned')}</h2>
      <p>{t('popup_how_to_scan')}</p>
      <p class="links">
        <a class="button" href="https://account.ring.com/account/dashboard" target="_blank" rel="noreferrer">
          {t('popup_open_ring')}
        </a>
        <a
          class="button"
          href={uiLocale === 'de' ? 'https://www.amazon.de/alexa-privacy/apd/myad' : 'https://www.amazon.com/alexa-privacy/apd/myad'}
          target="_blank"
          rel="noreferrer"
        >
          {t('popup_open_alexa_privacy')}
        </a>
      </p>
    </section>
  );
}
