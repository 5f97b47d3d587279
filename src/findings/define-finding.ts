import type { Records } from '../model/records.ts';
import type { RawFinding } from '../model/finding.ts';
import type { ReportFinding } from '../model/report.ts';
import type { CatalogEntry } from './catalog-entry.ts';
import type { FlowLabel } from './flow-vocabulary.ts';
import type { RecipientId } from './recipients.ts';
import type { SOURCE } from '../model/source-ids.ts';

/** What a check returns for one subject: a raw finding without its id, which the module stamps on (a check never spells it). */
export type FindingDraft = Omit<RawFinding, 'id'>;

/**
 * Where a fix is made and roughly how long it takes. `web`: the setting can be changed on that web page
 * (the finding's own steps say so); `app`: only the Ring or Alexa app (or the device) can do it, and the
 * finding's first steps are the path. Minutes are Alexposé's estimates for a user who follows the steps.
 */
export interface ActionPlace {
  kind: 'app' | 'web';
  /** Path on the account's own site, for `web` (the host is the account's: account.ring.com or its Amazon marketplace). */
  path?: string;
  /** How many of the finding's steps spell out the app path. */
  appSteps?: number;
  minutes: number;
}

/**
 * Which state of the account picks the explanation variant (see knowledge/finding-state.ts): `video-access`,
 * whether Ring can open the camera's videos; `device-path`, the path a smart-home device takes to Alexa.
 */
export type VariantRule = 'video-access' | 'device-path';

/** Everything about one finding id. Texts are in `_locales/{en,de}/messages.json` under `findingMessageKey(id, …)`. */
export interface FindingSpec<Id extends string> {
  id: Id;
  /** Records → findings. Pure. */
  check: (records: Records) => FindingDraft[];
  /** Risk, recipients, steps, links and their verification, regions, variants, title arguments, review date. */
  catalog: Omit<CatalogEntry, 'id'>;
  /** What flows to Amazon or Ring in the data-flow picture: fixed, or read off the finding's details. */
  labels: readonly FlowLabel[] | ((finding: ReportFinding) => FlowLabel[]);
  /** Where the summary's action for this finding is done. */
  place: ActionPlace;
  /** The finding is about the account, but the data comes from the Echos: the picture draws it from them. */
  drawnFromEchoes?: true;
  /** A recipient that is the subject itself, not someone further on. */
  selfRecipient?: RecipientId;
  variantRule?: VariantRule;
  /** The only page that shows this setting: while it is unread, the coverage counts the finding as unknown. */
  settingOnlyOn?: typeof SOURCE.ringControlCenter | typeof SOURCE.amazonPrivacyPage;
}

export interface Finding<Id extends string = string> extends Readonly<FindingSpec<Id>> {
  /** The catalog entry, id included. */
  entry: CatalogEntry<Id>;
  /** The check, its id stamped on each finding. */
  run(records: Records): RawFinding<Id>[];
}

/** One finding module: its id is declared once, as a literal, and the registry's `FindingId` is the union of them. */
export function defineFinding<const Id extends string>(spec: FindingSpec<Id>): Finding<Id> {
  const { id, check } = spec;
  return { ...spec, entry: { id, ...spec.catalog }, run: (records) => check(records).map((draft) => ({ id, ...draft })) };
}
