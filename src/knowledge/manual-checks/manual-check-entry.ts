import type { Risk } from '../../model/finding.ts';
import type { Service } from '../../model/diagnostics.ts';
import type { LocalizedUrl } from '../../findings/catalog-entry.ts';
import type { RecipientId } from '../recipients.ts';

/** Which accounts a manual check concerns: it is offered only when the scan saw such a thing. */
export type ManualCheckScope = 'ring-account' | 'ring-camera' | 'ring-intercom' | 'alexa-account' | 'echo' | 'echo-show';

export type ManualCheckPlace = 'ring-app' | 'alexa-app' | 'echo-device' | 'amazon-web';

/**
 * A setting that decides what leaves the home but that no page or response Alexposé reads shows (it lives
 * only in the Ring or Alexa app). The user is walked through it and answers; the answer is their own
 * statement, dated, never presented as something Alexposé read. Texts: `finding_<id>_title`, `_explanation`,
 * `_step1.._stepN` in `_locales`, like findings, so a manual check can become a read check without new keys.
 */
export interface ManualCheckEntry {
  id: string;
  service: Service;
  /** The risk if the setting is in its worrying state. */
  risk: Risk;
  recipients: readonly RecipientId[];
  steps: number;
  /** Rough time the check takes in the app, in minutes (shown as "about N minutes"). */
  minutes: number;
  scope: ManualCheckScope;
  /** Where the user makes the check. */
  where: ManualCheckPlace;
  helpUrl: LocalizedUrl;
  /** True only when the linked page's text was read and it describes this setting. */
  helpUrlVerified: boolean;
  /** Why the link is the best found, when it is not verified (shown nowhere; kept for reviewers). */
  helpUrlNote?: string;
  /** Countries (ISO 3166) where the feature is offered at all; absent when offered wherever the service is. */
  regions?: readonly string[];
  reviewedOn: string;
}
