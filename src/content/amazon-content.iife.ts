/** Content script on Amazon's Alexa Privacy, Content and Devices and Login-with-Amazon pages: the shared collector. */
import { AMAZON_SETTINGS_PAGE, amazonEndpointOf } from '../sources/alexa/endpoints.ts';
import { startCollector } from './page-collector.ts';

startCollector({
  isKnownEndpoint: (url) => amazonEndpointOf(url) !== null,
  readsOutline: (pathname) => AMAZON_SETTINGS_PAGE.test(pathname),
});
