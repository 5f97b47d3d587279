import type { LocalizedUrl } from '../catalog-entry.ts';

/** The Control Center, where most Ring settings are changed; the same page in both languages. */
export const RING_CONTROL_CENTER: LocalizedUrl = {
  en: 'https://account.ring.com/account/control-center',
  de: 'https://account.ring.com/account/control-center',
};

/** The dashboard, where each device's own settings are opened. */
export const RING_DASHBOARD: LocalizedUrl = {
  en: 'https://account.ring.com/account/dashboard',
  de: 'https://account.ring.com/account/dashboard',
};
