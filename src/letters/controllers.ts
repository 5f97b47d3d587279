/**
 * Who a request goes to. Facts from docs/knowledge-sources-letters.md; `verified` says whether the text of
 * the source was read. The letter tells the user to check unverified details in the current privacy notice.
 */
export interface Controller {
  name: string;
  address: string | null;
  /** The controller's e-mail address for data-rights requests, only when read in its privacy notice; null otherwise. */
  email: string | null;
  /** The official page where a request can be made. */
  requestUrl: string;
  /** The privacy notice the user should check the addressee against. */
  noticeUrl: string;
  verified: boolean;
}

export type LetterService = 'amazon' | 'ring';
export type Regime = 'gdpr' | 'ccpa';

export const CONTROLLERS: Record<LetterService, Record<Regime, Controller>> = {
  amazon: {
    gdpr: {
      name: 'Amazon Europe Core S.à r.l. / Amazon EU S.à r.l.',
      // Amazon's own payments privacy notice (2023) gives this address for its Luxembourg entities.
      address: '38 avenue John F. Kennedy, L-1855 Luxembourg',
      // No request e-mail address was found in a privacy notice text (docs/knowledge-sources-letters.md).
      email: null,
      requestUrl: 'https://www.amazon.de/hz/privacy-central/data-requests/preview.html',
      noticeUrl: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=201909010',
      verified: false,
    },
    ccpa: {
      name: 'Amazon.com Services LLC',
      address: '410 Terry Avenue North, Seattle, WA 98109, USA',
      email: null,
      requestUrl: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GC5HB5DVMU5Y8CJ2',
      noticeUrl: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=468496',
      verified: false,
    },
  },
  ring: {
    gdpr: {
      // Ring's German privacy notice (2021) names Ring LLC as the controller; no EU entity was found.
      name: 'Ring LLC',
      address: null,
      email: null,
      requestUrl: 'https://ring.com/account/datarequests',
      noticeUrl: 'https://ring.com/de/de/privacy-notice',
      verified: false,
    },
    ccpa: {
      name: 'Ring LLC',
      address: null,
      email: null,
      requestUrl: 'https://ring.com/ccpa-disclosures',
      noticeUrl: 'https://ring.com/privacy-notice',
      verified: false,
    },
  },
};
