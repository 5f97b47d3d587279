import type { Service } from '../model/diagnostics.ts';
import { RING_ACCOUNT_ORIGIN } from '../sources/ring/endpoints.ts';
import { AMAZON_RETAIL_ORIGINS } from '../model/marketplaces.ts';

/** Origins whose pages the content scripts read; the built-manifest test pins the same list. */
export const ACCOUNT_ORIGINS: readonly string[] = [RING_ACCOUNT_ORIGIN, ...AMAZON_RETAIL_ORIGINS];

/** Which service a page of that origin belongs to. */
export function serviceOfOrigin(origin: string): Service {
  return origin === RING_ACCOUNT_ORIGIN ? 'ring' : 'amazon';
}
