import type { FindingEvidence, Subject } from '../model/finding.ts';
import type { SourceInfo } from '../model/diagnostics.ts';
import type { Records, SourceResult } from '../model/records.ts';
import type { RingDeviceSettings, RingPrivacyField } from '../model/ring.ts';
import { privacyFieldOf } from '../findings/ring/privacy-evidence.ts';
import { SOURCE } from '../model/source-ids.ts';

/** Sources that list Ring devices: a device field named as `ring.devices` may have come from any of them. */
const RING_DEVICE_LISTS: readonly string[] = [SOURCE.ringDevices, SOURCE.ringPageState, SOURCE.ringDeviceInfo];

export type EvidenceLocator = (evidence: FindingEvidence, subject: Subject) => FindingEvidence<string>;

/**
 * Binds a finding's evidence to the exact document it rests on. Results are oldest first, as merged; the newest
 * one that states the field for the finding's subject is the one the merged view took it from (newest wins), so
 * two cameras' settings documents are never confused. Where the named source did not list the subject but
 * another device list did, that list is named instead: the finding used it. Indexed once per report, so the
 * cost grows with the records, not with findings × documents.
 */
export function evidenceLocator(results: readonly SourceResult[]): EvidenceLocator {
  const usable = results.filter((r) => r.source.status === 'read' || r.source.status === 'partial').reverse();
  const bySource = new Map<string, SourceResult[]>();
  const byId = new Map<string, SourceResult[]>();
  for (const r of usable) {
    const named = bySource.get(r.source.id);
    if (named) named.push(r);
    else bySource.set(r.source.id, [r]);
    for (const id of mentionedIds(r.records)) {
      const list = byId.get(id) ?? [];
      list.push(r);
      byId.set(id, list);
    }
  }
  const fieldsOf = new Map<SourceInfo, ReturnType<typeof documentFields>>();
  return (evidence, subject) => {
    const found = documentOf(evidence, subject, byId.get(subject.id) ?? [], bySource.get(evidence.source) ?? []);
    if (!found) return copyOf(evidence);
    let fields = fieldsOf.get(found);
    if (!fields) fieldsOf.set(found, (fields = documentFields(found)));
    // As `{ ...evidence, source, ...fields }` would build it (same keys, same order), without a spread's slow path.
    const out = copyOf(evidence) as unknown as Record<string, unknown>;
    out['source'] = found.id;
    for (const key of Object.keys(fields)) out[key] = fields[key as keyof typeof fields];
    return out as unknown as FindingEvidence;
  };
}

/** A shallow copy, property by property in the original's order. */
function copyOf(evidence: FindingEvidence): FindingEvidence {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(evidence)) out[key] = evidence[key as keyof FindingEvidence];
  return out as unknown as FindingEvidence;
}

/** Location, read time and file of one source, for evidence. */
function documentFields(source: SourceInfo): Pick<FindingEvidence, 'location' | 'readAt' | 'readAtKind' | 'file'> {
  const location = source.origin === 'file:' ? source.location : `${source.origin}${source.location ?? ''}`;
  return {
    ...(location ? { location } : {}),
    ...(source.readAt ? { readAt: source.readAt, readAtKind: source.readAtKind ?? 'captured' } : {}),
    ...(source.file ? { file: source.file } : {}),
  };
}

/** `about`: results naming the subject, newest first; `named`: results of the evidence's source, newest first. */
function documentOf(evidence: FindingEvidence, subject: Subject, about: readonly SourceResult[], named: readonly SourceResult[]): SourceInfo | undefined {
  const privacy = subject.type === 'device' ? privacyFieldCached(evidence.field) : null;
  if (privacy) {
    const stating = about.find((r) => {
      const record = settingsOf(r).get(subject.id);
      const value = record?.[privacy];
      return value !== null && value !== undefined && (record?.sources?.[privacy] ?? r.source.id) === evidence.source;
    });
    if (stating) return stating.source;
  }
  if (subject.type !== 'account') {
    const family = RING_DEVICE_LISTS.includes(evidence.source) && subject.type === 'device' ? RING_DEVICE_LISTS : [evidence.source];
    const hit = about.find((r) => r.source.id === evidence.source) ?? about.find((r) => family.includes(r.source.id));
    if (hit) return hit.source;
  }
  return named[0]?.source;
}

const privacyFields = new Map<string, RingPrivacyField | null>();

/** {@link privacyFieldOf}, looked up once per field name (a report asks for the same few fields per finding). */
function privacyFieldCached(field: string): RingPrivacyField | null {
  let privacy = privacyFields.get(field);
  if (privacy === undefined) privacyFields.set(field, (privacy = privacyFieldOf(field)));
  return privacy;
}

const settingsIndex = new WeakMap<SourceResult, Map<string, RingDeviceSettings>>();

/** A result's settings records by device id, the first for each (as `find` gives it): a device list holds thousands. */
function settingsOf(result: SourceResult): Map<string, RingDeviceSettings> {
  let index = settingsIndex.get(result);
  if (!index) {
    index = new Map();
    for (const s of result.records.ringDeviceSettings ?? []) if (!index.has(s.deviceId)) index.set(s.deviceId, s);
    settingsIndex.set(result, index);
  }
  return index;
}

/** The ids a result's records name in their own top-level fields (device, location, endpoint ids). */
function mentionedIds(records: Records): Set<string> {
  const ids = new Set<string>();
  for (const list of Object.values(records) as unknown[]) {
    if (!Array.isArray(list)) continue;
    for (const record of list) {
      if (typeof record !== 'object' || record === null) continue;
      for (const value of Object.values(record as Record<string, unknown>)) {
        if (typeof value === 'string' || typeof value === 'number') ids.add(String(value));
      }
    }
  }
  return ids;
}
