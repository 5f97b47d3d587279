import type { SourceResult } from '../../model/records.ts';
import type { Service } from '../../model/diagnostics.ts';

/** Amazon marketplace domain → country (ISO 3166), for the marketplaces Alexposé reads. */
const MARKETPLACE_COUNTRY: Record<string, string> = {
  'amazon.com': 'US',
  'amazon.de': 'DE',
  'amazon.co.uk': 'GB',
  'amazon.fr': 'FR',
  'amazon.it': 'IT',
  'amazon.es': 'ES',
  'amazon.ca': 'CA',
  'amazon.com.au': 'AU',
};

function marketplaceOf(origin: string): string | null {
  try {
    return /(?:^|\.)(amazon\.[a-z.]+)$/.exec(new URL(origin).hostname)?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * The account's country per service, from the account itself: Ring's profile `country`, Amazon's marketplace
 * (www.amazon.de and alexa.amazon.de are the German marketplace). Null when nothing read says.
 */
export function accountCountry(results: readonly SourceResult[], service: Service): string | null {
  if (service === 'ring') {
    for (const { records } of results) {
      const country = records.ringProfile?.find((p) => p.country)?.country;
      if (country) return country.toUpperCase();
    }
    return null;
  }
  for (const { source } of results) {
    if (source.service === 'ring') continue;
    const market = marketplaceOf(source.origin);
    if (market && MARKETPLACE_COUNTRY[market]) return MARKETPLACE_COUNTRY[market];
  }
  return null;
}
