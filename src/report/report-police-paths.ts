import type { Records } from '../model/records.ts';
import type { ReportPolicePath } from '../model/report.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import { pluralKey } from '../i18n/plural.ts';
import { ringSubjectOwner } from '../findings/ring/subject-owner.ts';
import { ringPolicePaths, type PolicePath } from './police-paths.ts';
import type { EvidenceLocator } from './evidence-location.ts';

/** The account's police paths in the user's language, each bound to the document that decided it and to its owner. */
export function reportPolicePaths(records: Records, ctx: { t: Translate; locale: Locale }, locate: EvidenceLocator): ReportPolicePath[] {
  // The texts depend only on the state and the days: looked up once per pair, not once per camera.
  const texts = new Map<string, Pick<ReportPolicePath, 'title' | 'explanation'>>();
  return ringPolicePaths(records).map((path): ReportPolicePath => {
    const textKey = `${path.state}\u0000${path.retentionDays}`;
    let text = texts.get(textKey);
    if (!text) texts.set(textKey, (text = policePathTexts(path, ctx)));
    const owner = ringSubjectOwner(records, { type: 'device', id: path.deviceId, name: path.deviceName });
    // As `{ ...path, ...evidence, title, explanation, ...owner }` would build it (same keys, same order): completed in
    // place, as `ringPolicePaths` made each path for this call alone (no copy of thousands of objects).
    const out = path as unknown as Record<string, unknown>;
    addPolicePathEvidence(out, path, locate);
    out['title'] = text.title;
    out['explanation'] = text.explanation;
    if (owner) {
      out['controlledBy'] = 'owner';
      if (owner.ownerName) out['ownerName'] = owner.ownerName;
    }
    return out as unknown as ReportPolicePath;
  });
}

function policePathTexts(path: PolicePath, ctx: { t: Translate; locale: Locale }): Pick<ReportPolicePath, 'title' | 'explanation'> {
  const key = `police_path_${path.state.replace(/-/g, '_')}`;
  const days = path.retentionDays === null ? '?' : String(path.retentionDays);
  // The explanation counts days: singular and plural through the language's plural rules.
  const explanationKey = path.retentionDays === null ? `${key}_explanation` : pluralKey(ctx.t, ctx.locale, `${key}_explanation`, path.retentionDays);
  return { title: ctx.t(`${key}_title`, [days]), explanation: ctx.t(explanationKey, [days]) };
}

/** The police path's deciding field bound to its document, as a finding's evidence is (assigned onto `out`). */
function addPolicePathEvidence(out: Record<string, unknown>, path: PolicePath, locate: EvidenceLocator): void {
  if (!path.evidence || !path.evidenceField) return;
  const located = locate({ source: path.evidence, field: path.evidenceField }, { type: 'device', id: path.deviceId, name: path.deviceName });
  out['evidence'] = located.source;
  out['evidenceField'] = located.field;
  if (located.location) out['evidenceLocation'] = located.location;
  if (located.readAt) {
    out['evidenceReadAt'] = located.readAt;
    out['evidenceReadAtKind'] = located.readAtKind ?? 'captured';
  }
}
