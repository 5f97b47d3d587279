import type { SummaryAction } from '../../model/report-summary.ts';
import type { ReportFinding, ReportPolicePath } from '../../model/report.ts';
import type { Locale, Translate } from '../../i18n/translate.ts';
import { RISKS } from '../../model/finding.ts';
import { ACTION_PLACES } from './places.ts';
import { e2eeOff } from '../../findings/ring/e2ee-off.ts';
import { skillPermission } from '../../findings/alexa/skill-permission.ts';

function actionKey(f: ReportFinding): string {
  const permission = f.details['permission'];
  const own = typeof permission === 'string' && f.id === skillPermission.id ? `${f.id}:${permission}` : f.id;
  // Someone else's subjects are a separate action per owner: the user can only ask them.
  return f.controlledBy === 'owner' ? `${own}:owner:${f.ownerName ?? ''}` : own;
}

/**
 * "Ask Greta to turn on end-to-end encryption": the action verb (an imperative in English, an infinitive in
 * German, both start the sentence) after "Ask <owner> to". English lowers the verb's first letter, German keeps it.
 */
function askOwnerTitle(verb: string, ownerName: string | undefined, t: Translate, locale: Locale): string {
  const who = ownerName ?? t('owner_unknown');
  const lowered = locale === 'en' && /^[A-Z][a-z]/.test(verb) ? verb[0]!.toLowerCase() + verb.slice(1) : verb;
  return t('owner_ask_title', [who, lowered]);
}

/**
 * What an action's findings reach, in one pass over them: each subject once (where it first appears, named as it
 * last appears), each recipient once (in the order first named), and the highest risk among them.
 */
function groupFacts(group: readonly ReportFinding[]): Pick<SummaryAction, 'devices' | 'recipients' | 'risk'> {
  const subjects = new Map<string, ReportFinding['subject']>();
  const recipients = new Set<string>();
  let rank = RISKS.length;
  for (const f of group) {
    subjects.set(f.subject.id, f.subject);
    for (const r of f.recipients) recipients.add(r.id);
    const own = RISKS.indexOf(f.risk);
    if (own >= 0 && own < rank) rank = own;
  }
  const devices: SummaryAction['devices'] = [];
  for (const s of subjects.values()) devices.push({ id: s.id, name: s.name, type: s.type });
  return { devices, recipients: [...recipients], risk: RISKS[rank] ?? (group[0] as ReportFinding).risk };
}

/**
 * Findings grouped into actions (one per setting kind), ranked by `compareActions`. Info findings are not actions.
 */
export function summaryActions(
  findings: readonly ReportFinding[],
  policePaths: readonly ReportPolicePath[],
  sites: { ring: string; amazon: string },
  t: Translate,
  locale: Locale = 'en',
): SummaryAction[] {
  const openCameras = new Set(policePaths.filter((p) => p.state === 'open' && p.closers.includes('e2ee')).map((p) => p.deviceId));
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    if (f.risk === 'info') continue;
    const key = actionKey(f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const actions = [...groups.entries()].map(([id, group]): SummaryAction => {
    const first = group[0] as ReportFinding;
    const place = ACTION_PLACES[first.id] ?? { kind: 'app' as const, appSteps: 2, minutes: 3 };
    const { devices, recipients, risk } = groupFacts(group);
    const verb = t(`action_${first.id.replace(/[^A-Za-z0-9]/g, '_')}`);
    const site = first.service === 'ring' ? sites.ring : sites.amazon;
    const url = place.kind === 'web' && place.path ? `${site}${place.path}` : null;
    const title = verb && !verb.startsWith('action_') ? verb : first.title;
    const action: SummaryAction = {
      id,
      findingId: first.id,
      service: first.service,
      risk,
      title,
      devices,
      closesPolicePaths: first.id === e2eeOff.id ? devices.filter((d) => openCameras.has(d.id)).length : 0,
      recipients,
      reach: recipients.length * devices.length,
      place: { kind: place.kind, text: url ?? first.optOut.steps.slice(0, place.appSteps ?? 2).join(' '), url },
      minutes: place.minutes * (first.id === e2eeOff.id ? 1 : Math.max(1, Math.min(devices.length, 5))),
    };
    if (first.controlledBy !== 'owner') return action;
    // Only the owner can change it: ask them, or leave the share. No app path of the owner's settings is offered.
    const owner = first.ownerName;
    return {
      ...action,
      title: askOwnerTitle(title, owner, t, locale),
      place: { kind: 'app', text: t('owner_ask_place', [owner ?? t('owner_unknown')]), url: null },
      minutes: 2,
      controlledBy: 'owner',
      ...(owner ? { ownerName: owner } : {}),
    };
  });
  return actions.sort(compareActions);
}

/**
 * The ranking, also used to merge the actions of several accounts: what the user controls before what only an
 * owner can do; then what closes a police path; then by risk, and within a risk by recipients × devices reached
 * (a medium action with wide reach never outranks a high one: "people at Amazon listen" comes before "three
 * linked apps").
 */
export function compareActions(a: SummaryAction, b: SummaryAction): number {
  return (
    Number(a.controlledBy === 'owner') - Number(b.controlledBy === 'owner') ||
    b.closesPolicePaths - a.closesPolicePaths ||
    RISKS.indexOf(a.risk) - RISKS.indexOf(b.risk) ||
    b.reach - a.reach ||
    a.id.localeCompare(b.id)
  );
}

/** The actions the user can take themselves (what "Fix these first", progress and re-checks are about). */
export function ownActions(actions: readonly SummaryAction[]): SummaryAction[] {
  return actions.filter((a) => a.controlledBy !== 'owner');
}
