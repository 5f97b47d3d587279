import type { Service } from './diagnostics.ts';

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
  evidence: { source: string; field: string };
  details: Record<string, string | number | boolean | null>;
}
