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
export interface CatalogEntry<Id extends string = string> {
  id: Id;
  service: Service;
  risk: Risk;
  recipients: readonly RecipientId[];
  /** Number of opt-out steps in the messages. */
  steps: number;
  /** Official help article with the opt-out steps. */
  helpUrl: LocalizedUrl;
  /** Whether the help URL's text was read (true) or the URL was inferred from the site's pattern (false). */
  helpUrlVerified: boolean;
  /** Why the help URL is not verified (only inferred, generic, another country's edition…); required when `helpUrlVerified` is false. */
  helpUrlNote?: string;
  /**
   * The page where the setting is changed, opened by the popup's button. Absent when no web page has the setting
   * (it is only in an app): the card then says so instead of offering a button to a page that cannot change it.
   */
  settingsUrl?: LocalizedUrl;
  /**
   * Countries (ISO 3166) where the feature is offered at all; absent when everywhere Ring sells. For an account
   * of another country the finding still stands (the account reports it), with a note that the feature is not
   * listed there; `outsideRegions: 'drop'` drops it instead (only for a claim no account state backs).
   */
  regions?: readonly string[];
  outsideRegions?: 'drop' | 'info';
  /**
   * Variants for states of the account that change who receives the data (e.g. `e2ee`: Ring cannot open the
   * camera's videos). A variant has its own explanation `finding_<id>_explanation_<variant>` and recipients.
   */
  variants?: Readonly<Record<string, { recipients: readonly RecipientId[] }>>;
  /**
   * Details substituted into the title as $1, $2, …: a detail key as is, or a comma-separated list of
   * Alexa interface names / a permission scope, each turned into words of the user's language, or a count
   * that reads "at least N" while the boolean detail `atLeast` names is true (more pages exist).
   */
  titleArgs?: readonly (string | { detail: string; as: 'interfaces' | 'permission' } | { detail: string; as: 'count'; atLeast: string })[];
  /** The detail that counts in the title ($1 days, $1 recordings): picks the title's plural form (`_title_one`). */
  titleCount?: string;
  reviewedOn: string;
}
