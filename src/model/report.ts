import type { Service, SourceStatus, Diagnostic } from './diagnostics.ts';
import type { Risk, Subject } from './finding.ts';
import type { DeviceCategory } from './ring.ts';

/** The public report contract (schema version 1). Extend, never rename: exports, the CLI and other tools read it. */
export const REPORT_SCHEMA_VERSION = 1;

export interface ReportSource {
  id: string;
  service: Service;
  kind: string;
  status: SourceStatus;
  origin: string;
  location?: string;
  diagnostics: Diagnostic[];
}

export interface ReportDevice {
  id: string;
  service: Service;
  name: string;
  category: DeviceCategory;
  maker: string;
  via: { kind: string; id: string; name: string };
  owned: boolean | null;
}

export interface Recipient {
  id: string;
  name: string;
}

export interface ReportFinding {
  id: string;
  service: Service;
  subject: Subject;
  risk: Risk;
  title: string;
  explanation: string;
  recipients: Recipient[];
  optOut: { steps: string[]; url: string };
  evidence: { source: string; field: string };
  details: Record<string, string | number | boolean | null>;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  generatedAt: string;
  locale: string;
  sources: ReportSource[];
  devices: ReportDevice[];
  findings: ReportFinding[];
}
