import type { LocalizedUrl } from './catalog-entry.ts';

/**
 * Where the official exports are requested (docs/knowledge-sources-exports.md). Amazon's "Request Your Data" page:
 * amazon.com's URL is in a 2021 requester's account (hestiaAI/digipower-data-experiences #10) and ccpa.party; the
 * amazon.de URL only in public code (a data-request connector, a browser extension), not on an Amazon page read.
 * Ring's: a Ring community staff answer names ring.com/account/datarequests (signed in).
 */
export const AMAZON_DATA_REQUEST: LocalizedUrl = {
  en: 'https://www.amazon.com/gp/privacycentral/dsar/preview.html',
  de: 'https://www.amazon.de/gp/privacycentral/dsar/preview.html',
};
export const AMAZON_DATA_REQUEST_NOTE =
  "The amazon.com page is named by a requester's account (hestiaAI #10, 2021) and ccpa.party; the amazon.de one only in public code, not read on Amazon.";
export const RING_DATA_REQUEST: LocalizedUrl = { en: 'https://ring.com/account/datarequests', de: 'https://ring.com/account/datarequests' };
