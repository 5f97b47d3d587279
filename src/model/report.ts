import type { Service, SourceStatus, Diagnostic } from './diagnostics.ts';
import type { Risk, Subject } from './finding.ts';
import type { DeviceCategory } from './ring.ts';
import type { ReportSummary } from './report-summary.ts';
import type { ExportInventory } from './export.ts';

export type { ReportSummary } from './report-summary.ts';

/** Ring's categories plus those of Alexa devices. */
export type ReportDeviceCategory =
  DeviceCategory | 'smart-speaker' | 'smart-display' | 'thermostat' | 'lock' | 'light' | 'plug' | 'sensor' | 'tv' | 'security-panel';

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
  category: ReportDeviceCategory;
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

/** Can Ring open a camera's videos and give them to police without the owner? */
export type PolicePathState = 'open' | 'closed-e2ee' | 'closed-no-cloud' | 'local-only' | 'unknown';

/** What would close an open path. */
export type PolicePathCloser = 'e2ee' | 'shorter-storage' | 'local-storage' | 'no-cloud-plan';

export interface ReportPolicePath {
  deviceId: string;
  deviceName: string;
  state: PolicePathState;
  /** Days Ring keeps the camera's cloud videos, when known. */
  retentionDays: number | null;
  closers: PolicePathCloser[];
  /** Source id that stated the deciding setting (newest capture wins), e.g. `ring.devices`. Added field. */
  evidence?: string;
  title: string;
  explanation: string;
}

/**
 * A setting only the Ring or Alexa app shows. Its state is never read: `state` is what the user said, and
 * `statedBy` is always "user" so no reader takes it for something Alexposé saw.
 */
export interface ReportManualCheck {
  id: string;
  service: Service;
  risk: Risk;
  title: string;
  explanation: string;
  steps: string[];
  url: string;
  urlVerified: boolean;
  minutes: number;
  /** Where the user makes the check. */
  where: 'ring-app' | 'alexa-app' | 'echo-device' | 'amazon-web';
  /** Countries where the feature is offered, when it is regional. */
  regions: string[] | null;
  state: 'unanswered' | 'done' | 'not-now';
  answeredAt: string | null;
  statedBy: 'user';
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  generatedAt: string;
  locale: string;
  sources: ReportSource[];
  devices: ReportDevice[];
  findings: ReportFinding[];
  /** Per camera (extension of schema 1; absent in reports without Ring cameras). */
  policePaths?: ReportPolicePath[];
  /** Settings to check by hand in the app, with the user's own answers (extension of schema 1). */
  manualChecks?: ReportManualCheck[];
  /** Grade, score, coverage and ranked actions (extension of schema 1; see src/report/summary). */
  summary?: ReportSummary;
  /** Official data exports read (extension of schema 1): every file, counted and dated; absent when none was imported. */
  exports?: ReportExport[];
}

/** One imported data export: its inventory (see src/model/export.ts). No file's content, only counts and dates. */
export type ReportExport = ExportInventory;
