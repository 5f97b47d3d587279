import type { ReportDevice } from '../model/report.ts';

/** The day Alexposé's knowledge (findings, manual checks, this register) was last checked against public sources. */
export const KNOWLEDGE_DATE = '2026-12-06';

/** What a change touches in an account, counted over the report's devices. */
export type VendorChangeScope = 'echo-devices' | 'ring-cameras' | 'ring-and-echo';

/**
 * A change Amazon or Ring made under their users (a default switched on, a control removed, a partner added or
 * dropped), dated and sourced. Texts are `vendor_change_<id>` in `_locales` (en, de); evidence per entry in
 * docs/knowledge-sources-vendor-changes.md.
 */
export interface VendorChange {
  id: string;
  /** ISO date (day, or month when sources give only the month) the change took effect or was announced. */
  date: string;
  service: 'ring' | 'amazon';
  /** Countries where it applies; null = everywhere the service is offered. */
  regions: readonly string[] | null;
  scope: VendorChangeScope;
  source: { url: string; publisher: string; published: string };
}

export const VENDOR_CHANGES: readonly VendorChange[] = [
  {
    id: 'sidewalk-default-on',
    date: '2021-06-08',
    service: 'amazon',
    regions: ['US'],
    scope: 'ring-and-echo',
    source: {
      url: 'https://www.newsweek.com/how-disable-amazon-sidewalk-echo-ring-devices-1599463',
      publisher: 'Newsweek (Associated Press)',
      published: '2021-06-08',
    },
  },
  {
    id: 'voice-recordings-cloud-only',
    date: '2025-03-28',
    service: 'amazon',
    regions: ['US'],
    scope: 'echo-devices',
    source: {
      url: 'https://www.usatoday.com/story/tech/2025/03/17/amazon-echo-alexa-reporting-privacy/82503576007/',
      publisher: 'USA Today (Amazon statement)',
      published: '2025-03-17',
    },
  },
  {
    id: 'community-requests-axon',
    date: '2025-09',
    service: 'ring',
    regions: ['US'],
    scope: 'ring-cameras',
    source: { url: 'https://ring.com/support/verified-help/articles/5t05p/Community-Request', publisher: 'Ring', published: '2025-09' },
  },
  {
    id: 'search-party-default-on',
    date: '2025-10',
    service: 'ring',
    regions: ['US'],
    scope: 'ring-cameras',
    source: {
      url: 'https://ai-articles.com/en/news/ring-enables-ai-powered-search-party-for-lost-dogs-by-default-gives-users-opt-out-control',
      publisher: 'The Verge, as summarised by ai-articles.com',
      published: '2025-10',
    },
  },
  {
    id: 'familiar-faces-launch',
    date: '2025-12-10',
    service: 'ring',
    regions: ['US'],
    scope: 'ring-cameras',
    source: {
      url: 'https://digitalmarketreports.com/news/56124/amazon-begins-us-rollout-of-ring-facial-recognition-feature',
      publisher: 'DMR News',
      published: '2025-12-10',
    },
  },
  {
    id: 'alexa-plus-automatic',
    date: '2026-01',
    service: 'amazon',
    regions: ['US'],
    scope: 'echo-devices',
    source: {
      url: 'https://5ad.net/mandatory-ai-overhaul-amazons-unilateral-migration-of-prime-subscribers-to-alexa-plus-ignites-user-backlash-and-strategic-questions',
      publisher: '5ad.net (press report; La Opinión and Tuttotech reported the same on 2026-01-13/14)',
      published: '2026-01',
    },
  },
  {
    id: 'flock-cancelled',
    date: '2026-02-12',
    service: 'ring',
    regions: ['US'],
    scope: 'ring-cameras',
    source: {
      url: 'https://www.biometricupdate.com/202602/ring-and-flock-call-off-integration-as-scrutiny-of-camera-to-police-partnership-intensifies',
      publisher: 'Biometric Update',
      published: '2026-02-13',
    },
  },
];

const ECHO_CATEGORIES = new Set<ReportDevice['category']>(['smart-speaker', 'smart-display']);
const CAMERA_CATEGORIES = new Set<ReportDevice['category']>(['camera', 'doorbell']);

/** How many of the account's own devices a change touches (shared devices are someone else's to change). */
export function devicesTouched(scope: VendorChangeScope, devices: readonly ReportDevice[]): { echo: number; cameras: number } {
  const own = devices.filter((d) => d.owned !== false);
  const echo = scope === 'ring-cameras' ? 0 : own.filter((d) => d.service !== 'ring' && ECHO_CATEGORIES.has(d.category)).length;
  const cameras = scope === 'echo-devices' ? 0 : own.filter((d) => d.service === 'ring' && CAMERA_CATEGORIES.has(d.category)).length;
  return { echo, cameras };
}
