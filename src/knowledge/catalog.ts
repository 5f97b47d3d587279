import type { Risk } from '../model/finding.ts';
import type { Service } from '../model/diagnostics.ts';
import type { RecipientId } from './recipients.ts';

/** A link in English and German; German users get the German page. */
export interface LocalizedUrl {
  en: string;
  de: string;
}

/**
 * What Alexposé knows about one finding kind. Texts live in `_locales/{en,de}/messages.json` under
 * `finding_<id>_title`, `_explanation` and `_step1.._stepN` (see `findingMessageKey`).
 */
export interface CatalogEntry {
  id: string;
  service: Service;
  risk: Risk;
  recipients: readonly RecipientId[];
  /** Number of opt-out steps in the messages. */
  steps: number;
  /** Official help article with the opt-out steps. */
  helpUrl: LocalizedUrl;
  /** Whether the help URL's text was read (true) or the URL was inferred from the site's pattern (false). */
  helpUrlVerified: boolean;
  /** The page where the setting is changed, opened by the popup's button. */
  settingsUrl: LocalizedUrl;
  reviewedOn: string;
}

const RING_CONTROL_CENTER: LocalizedUrl = {
  en: 'https://account.ring.com/account/control-center',
  de: 'https://account.ring.com/account/control-center',
};

export const CATALOG: Readonly<Record<string, CatalogEntry>> = {
  'ring.e2ee-off': {
    id: 'ring.e2ee-off',
    service: 'ring',
    risk: 'high',
    recipients: ['ring', 'amazon', 'police'],
    steps: 4,
    // EN text read on the AU copy (mt13j); DE text read on support.ring.com (360054941551).
    helpUrl: {
      en: 'https://ring.com/support/articles/mt13j/How-to-Set-Up-Video-End-to-End-Encryption-E2EE',
      de: 'https://support.ring.com/hc/de/articles/360054941551-Aktivieren-der-Ende-zu-Ende-Verschl%C3%BCsselung-E2EE-in-der-Ring-App',
    },
    helpUrlVerified: true,
    settingsUrl: RING_CONTROL_CENTER,
    reviewedOn: '2026-11-22',
  },
  'ring.audio-recording': {
    id: 'ring.audio-recording',
    service: 'ring',
    risk: 'medium',
    recipients: ['ring', 'amazon', 'police'],
    steps: 3,
    // DE text read (nks8k); the EN path of the same article id follows Ring's URL pattern.
    helpUrl: {
      en: 'https://ring.com/support/articles/nks8k/Disabling-the-Audio-Recording-on-your-Ring-Device',
      de: 'https://ring.com/de/de/support/articles/nks8k/Disabling-the-Audio-Recording-on-your-Ring-Device',
    },
    helpUrlVerified: true,
    settingsUrl: { en: 'https://account.ring.com/account/dashboard', de: 'https://account.ring.com/account/dashboard' },
    reviewedOn: '2026-11-22',
  },
  'ring.shared-with-you': {
    id: 'ring.shared-with-you',
    service: 'ring',
    risk: 'info',
    recipients: ['device-owner', 'ring'],
    steps: 3,
    helpUrl: {
      en: 'https://ring.com/support/articles/clv68/adding-and-managing-shared-and-guest-users',
      de: 'https://ring.com/de/de/support/articles/clv68/adding-and-managing-shared-and-guest-users',
    },
    helpUrlVerified: true,
    settingsUrl: RING_CONTROL_CENTER,
    reviewedOn: '2026-11-22',
  },
  'ring.sidewalk': {
    id: 'ring.sidewalk',
    service: 'ring',
    risk: 'medium',
    recipients: ['amazon', 'sidewalk-network'],
    steps: 3,
    // No Ring help article on Sidewalk was found; Amazon's own Sidewalk page is the official source.
    helpUrl: {
      en: 'https://www.amazon.com/Amazon-Sidewalk/b?ie=UTF8&node=21328123011',
      de: 'https://www.amazon.com/Amazon-Sidewalk/b?ie=UTF8&node=21328123011',
    },
    helpUrlVerified: false,
    settingsUrl: RING_CONTROL_CENTER,
    reviewedOn: '2026-11-22',
  },
};

/** `ring.e2ee-off` + `title` → `finding_ring_e2ee_off_title` (Chrome message names allow only [A-Za-z0-9_@]). */
export function findingMessageKey(findingId: string, part: string): string {
  return `finding_${findingId.replace(/[^A-Za-z0-9]/g, '_')}_${part}`;
}
