import type { ReportSource } from '../../model/report.ts';
import type { Locale } from '../../i18n/translate.ts';
import { AMAZON_RETAIL_ORIGINS } from '../../model/marketplaces.ts';

const AMAZON_HOST = /^https:\/\/(?:www|alexa)\.amazon\.((?:com\.)?[a-z]{2,3}(?:\.[a-z]{2})?)$/;

/**
 * The account's own web origin: account.ring.com for Ring; for Amazon the marketplace the sources were read
 * on (an amazon.de account gets amazon.de pages whatever the browser language), else the browser's default.
 */
export function accountSite(sources: readonly ReportSource[], service: 'ring' | 'amazon', locale: Locale): string {
  if (service === 'ring') return 'https://account.ring.com';
  for (const s of sources) {
    const tld = AMAZON_HOST.exec(s.origin)?.[1];
    // Only the marketplaces Alexposé knows: the bundle names no other host.
    const known = tld ? AMAZON_RETAIL_ORIGINS.find((o) => new URL(o).hostname.slice('www.amazon.'.length) === tld) : undefined;
    if (known) return known;
  }
  return locale === 'de' ? 'https://www.amazon.de' : 'https://www.amazon.com';
}

/** Which services' sources a report holds (an Amazon account's report has Amazon and Alexa sources). */
export function reportServices(sources: readonly ReportSource[]): { ring: boolean; amazon: boolean } {
  return { ring: sources.some((s) => s.service === 'ring'), amazon: sources.some((s) => s.service !== 'ring') };
}
