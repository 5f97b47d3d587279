import { RING_ACCOUNT_ORIGIN } from '../sources/ring/endpoints.ts';

/** Origins whose pages the content scripts read; must equal the manifest's host permissions (a test pins it). */
export const ACCOUNT_ORIGINS: readonly string[] = [RING_ACCOUNT_ORIGIN];
