import type { FindingEvidence, Subject } from '../model/finding.ts';
import type { SourceInfo } from '../model/diagnostics.ts';
import type { SourceResult } from '../model/records.ts';
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
    indexMentionedIds(r, byId);
  }
  const fieldsOf = new Map<SourceInfo, DocumentFields>();
  const settingOf = settingsIndex();
  return (evidence, subject) => {
    const found = documentOf(evidence, subject, byId.get(subject.id) ?? NONE, bySource.get(evidence.source) ?? NONE, settingOf);
    if (!found) return copyOf(evidence);
    let fields = fieldsOf.get(found);
    if (!fields) fieldsOf.set(found, (fields = documentFields(found)));
    return isSourceAndField(evidence) ? locatedField(found.id, evidence.field, fields) : located(evidence, found.id, fields);
  };
}

type DocumentFields = Pick<FindingEvidence, 'location' | 'readAt' | 'readAtKind' | 'file'>;

/** Whether evidence is what every check writes, `{ source, field }` and nothing else, in that order. */
function isSourceAndField(evidence: FindingEvidence): boolean {
  let n = 0;
  for (const key in evidence) {
    n++;
    if (n > 2 || key !== (n === 1 ? 'source' : 'field')) return false;
  }
  return n === 2;
}

/** `{ source, field, ...fields }` for a check's `{ source, field }`: named stores, so every result shares a few shapes. */
function locatedField(source: string, field: string, fields: DocumentFields): FindingEvidence<string> {
  const out: FindingEvidence<string> = { source, field };
  if (fields.location !== undefined) out.location = fields.location;
  if (fields.readAt !== undefined) out.readAt = fields.readAt;
  if (fields.readAtKind !== undefined) out.readAtKind = fields.readAtKind;
  if (fields.file !== undefined) out.file = fields.file;
  return out;
}

/** As `{ ...evidence, source, ...fields }` would build any evidence (same keys, same order), without a spread's slow path. */
function located(evidence: FindingEvidence, source: string, fields: DocumentFields): FindingEvidence<string> {
  const out = copyOf(evidence) as unknown as Record<string, unknown>;
  out['source'] = source;
  for (const key of Object.keys(fields)) out[key] = fields[key as keyof DocumentFields];
  return out as unknown as FindingEvidence<string>;
}

const NONE: readonly SourceResult[] = [];

/** A shallow copy, property by property in the original's order (`for…in`: no array of keys per copy). */
function copyOf(evidence: FindingEvidence): FindingEvidence {
  const out: Record<string, unknown> = {};
  const from = evidence as unknown as Record<string, unknown>;
  for (const key in from) if (Object.hasOwn(from, key)) out[key] = from[key];
  return out as unknown as FindingEvidence;
}

/** Location, read time and file of one source, for evidence. */
function documentFields(source: SourceInfo): DocumentFields {
  const location = source.origin === 'file:' ? source.location : `${source.origin}${source.location ?? ''}`;
  // Assigned in this order, only when present (one per document read: thousands of settings documents, no spreads).
  const fields: DocumentFields = {};
  if (location) fields.location = location;
  if (source.readAt) {
    fields.readAt = source.readAt;
    fields.readAtKind = source.readAtKind ?? 'captured';
  }
  if (source.file) fields.file = source.file;
  return fields;
}

/** `about`: results naming the subject, newest first; `named`: results of the evidence's source, newest first. */
function documentOf(
  evidence: FindingEvidence,
  subject: Subject,
  about: readonly SourceResult[],
  named: readonly SourceResult[],
  settingOf: (result: SourceResult, deviceId: string) => RingDeviceSettings | undefined,
): SourceInfo | undefined {
  const privacy = subject.type === 'device' ? privacyFieldCached(evidence.field) : null;
  if (privacy) {
    for (const r of about) {
      const record = settingOf(r, subject.id);
      const value = record?.[privacy];
      if (value !== null && value !== undefined && (record?.sources?.[privacy] ?? r.source.id) === evidence.source) return r.source;
    }
  }
  if (subject.type !== 'account') {
    const family = RING_DEVICE_LISTS.includes(evidence.source) && subject.type === 'device' ? RING_DEVICE_LISTS : null;
    for (const r of about) if (r.source.id === evidence.source) return r.source;
    if (family) for (const r of about) if (family.includes(r.source.id)) return r.source;
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

/**
 * A result's settings record for a device id, the first for it (as `find` gives it). A device list holds thousands:
 * indexed when first asked, for one report. A settings document holds one device's record: looked up as is.
 */
function settingsIndex(): (result: SourceResult, deviceId: string) => RingDeviceSettings | undefined {
  const indexes = new Map<SourceResult, Map<string, RingDeviceSettings>>();
  return (result, deviceId) => {
    const settings = result.records.ringDeviceSettings;
    if (!settings || settings.length === 0) return undefined;
    if (settings.length === 1) {
      const only = settings[0] as RingDeviceSettings;
      return only.deviceId === deviceId ? only : undefined;
    }
    let index = indexes.get(result);
    if (!index) {
      index = new Map();
      for (const s of settings) if (!index.has(s.deviceId)) index.set(s.deviceId, s);
      indexes.set(result, index);
    }
    return index.get(deviceId);
  };
}

/**
 * Adds a result under each id its records name in their own top-level fields (device, location, endpoint ids),
 * once per id: results come one after another, so a list whose last entry is this result already has it (no set
 * of ids per result: a big account reads thousands of results).
 */
function indexMentionedIds(result: SourceResult, byId: Map<string, SourceResult[]>): void {
  for (const list of Object.values(result.records) as unknown[]) {
    if (!Array.isArray(list)) continue;
    for (const record of list) {
      if (typeof record !== 'object' || record === null) continue;
      // Own values in Object.values' order, without an array of them per record (a device list holds thousands).
      const fields = record as Record<string, unknown>;
      for (const key in fields) {
        if (!Object.hasOwn(fields, key)) continue;
        const value = fields[key];
        if (typeof value !== 'string' && typeof value !== 'number') continue;
        const id = typeof value === 'string' ? value : String(value);
        const named = byId.get(id);
        if (!named) byId.set(id, [result]);
        else if (named[named.length - 1] !== result) named.push(result);
      }
    }
  }
}
