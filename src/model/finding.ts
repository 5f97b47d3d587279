import type { ReadAtKind, Service } from './diagnostics.ts';
import type { SourceId } from './source-ids.ts';

export type Risk = 'high' | 'medium' | 'low' | 'info';
export const RISKS: readonly Risk[] = ['high', 'medium', 'low', 'info'];

/** Who controls a subject the user does not (a device shared with them, a location they were invited to): its owner. */
export type ControlledBy = 'owner';

export type SubjectType = 'device' | 'location' | 'account' | 'skill' | 'app';

export interface Subject {
  type: SubjectType;
  /** The service's own id. */
  id: string;
  name: string;
}

/** Language-neutral finding as a check produces it; text comes from the knowledge catalog. `Id`: the finding ids a registry knows. */
export interface RawFinding<Id extends string = string> {
  id: Id;
  service: Service;
  subject: Subject;
  /** Overrides the catalog's default risk when the evidence warrants it. */
  risk?: Risk;
  evidence: FindingEvidence;
  details: Record<string, string | number | boolean | null>;
}

/**
 * What a finding rests on: the source and field, and (filled in when the report is built) the exact document
 * read, when, and what that time is. Added fields: `location`, `readAt`, `readAtKind`, `file`. A check names a
 * {@link SourceId}; a report's evidence (`Source` = `string`) names the document read, which a newer version may have.
 */
export interface FindingEvidence<Source extends string = SourceId> {
  /** Source reader id, e.g. `ring.device-settings`: of several sources stating the field, the one the finding used. */
  source: Source;
  /** The field or label in that source. */
  field: string;
  /** The document read: its URL (with the device id for per-device documents), else the file's name. */
  location?: string;
  /** ISO 8601 time that document was read. */
  readAt?: string;
  readAtKind?: ReadAtKind;
  /** The input file (CLI, import) that held the document, e.g. a HAR. */
  file?: string;
}
