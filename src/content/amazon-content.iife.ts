/** Content script on Amazon's Alexa Privacy, Content and Devices and Login-with-Amazon pages: the shared collector. */
import { AMAZON_ENDPOINTS, AMAZON_HOST, AMAZON_SETTINGS_PAGE, amazonEndpointOf } from '../sources/alexa/endpoints.ts';
import { startCollector } from './page-collector.ts';

/** The marketplace's `csrf` cookie (set on the parent domain), which the deep scan sends as its `csrf` header. */
function csrfCookie(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'csrf') return value.join('=') || null;
  }
  return null;
}

startCollector({
  isKnownEndpoint: (url) => amazonEndpointOf(url) !== null,
  // The observer sees only this page's own origin: its endpoints are known only on an Amazon host.
  observedPaths: AMAZON_HOST.test(location.hostname) ? Object.values(AMAZON_ENDPOINTS) : [],
  readsOutline: (pathname) => AMAZON_SETTINGS_PAGE.test(pathname),
  handlers: {
    // Only the extension's own background can send this (runtime messages never come from the page),
    // and only for the deep scan of this page's own marketplace.
    'alexpose/amazon-csrf': ({ origin }) => (origin === location.origin ? Promise.resolve({ csrf: csrfCookie() }) : undefined),
  },
});
