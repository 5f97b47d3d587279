import type { Service, SourceStatus, Diagnostic, ReadAtKind } from './diagnostics.ts';
import type { ControlledBy, FindingEvidence, Risk, Subject } from './finding.ts';
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
  /** When it was read (ISO 8601); every report this version builds has it. Added field. */
  readAt?: string;
  /** What `readAt` is: `captured`, `har-entry`, `file`, `scan` or `report` (see ReadAtKind). Added field. */
  readAtKind?: ReadAtKind;
  /** The input file it came from (CLI, import). Added field. */
  file?: string;
  /** When this input was captured, when known (added field): the newest capture of a setting wins. */
  capturedAt?: string;
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
  /** A camera known only from its settings document: no device list that was read names it. */
  knownOnlyBySettings?: true;
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
  /** Source and field, and the exact document read (`location`) and when (`readAt`, `readAtKind`); see FindingEvidence. */
  evidence: FindingEvidence<string>;
  details: Record<string, string | number | boolean | null>;
  /**
   * Present when the subject is someone else's (a device shared with the user, a location they were invited to):
   * only its owner can change it. Added field.
   */
  controlledBy?: ControlledBy;
  /** The owner's name, when the data names them (with `controlledBy`). Added field. */
  ownerName?: string;
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
  /** JSON paths of the fields that decided, e.g. `device.features.video_recording.recording_enabled`. Added field. */
  evidenceFields?: string[];
  /** The deciding field, the exact document that stated it and when it was read (as on findings). Added fields. */
  evidenceField?: string;
  evidenceLocation?: string;
  evidenceReadAt?: string;
  evidenceReadAtKind?: ReadAtKind;
  title: string;
  explanation: string;
  /** The camera is shared with the user: its owner decides (see ReportFinding). Added field. */
  controlledBy?: ControlledBy;
  ownerName?: string;
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

/**
 * A switch or feature block Alexposé read but has no meaning for (extension of schema 1): shown so that a new
 * vendor default is not missed, never scored and never counted as a finding.
 */
export interface ReportUnknownSetting {
  service: Service;
  label: string;
  state: 'on' | 'off' | null;
  /** The page or document (and device) it was read on. */
  where: { page: string; deviceId?: string; deviceName?: string };
  readAt: string | null;
}

/** A dated, sourced change Amazon or Ring made that touches this account's own devices (extension of schema 1). */
export interface ReportVendorChange {
  id: string;
  /** ISO date, or year-month when the sources give only the month. */
  date: string;
  service: 'ring' | 'amazon';
  text: string;
  /** How many of the user's own Echo devices and Ring cameras it touches. */
  touches: { echo: number; cameras: number };
  source: { url: string; publisher: string; published: string };
}

/** A switch Ring sets per camera. */
export type SpreadFeature = 'search-party' | 'fire-watch' | 'audio-recording' | 'snapshot-capture' | 'familiar-faces';

/** How many of the user's own cameras have a per-camera switch on (extension of schema 1). */
export interface ReportFeatureSpread {
  feature: SpreadFeature;
  on: { id: string; name: string }[];
  off: number;
  /** Cameras whose state for it was not read. */
  unknown: number;
  total: number;
}

/** What an access entry is: a person, a signed-in client, a linked service, a device linked to the account, an app. */
export type AccessKind = 'person' | 'client' | 'service' | 'device' | 'app';

/**
 * One person, client, service, device or app that can see, hear or act on the user's home (extension of schema 1).
 * The account holder is never one; names are as the account shows them (bounded like every stored name), and no
 * e-mail address, phone number or token is ever kept in `name` or `detail`.
 */
export interface ReportAccessEntry {
  /** Stable across scans (`<source>:<kind>:<what names it>`), for first-seen dates and "new since your last visit". */
  id: string;
  kind: AccessKind;
  service: Service;
  name: string;
  /** Role, "last active …", where it can reach: in words, or as the account's page shows it. */
  detail: string;
  /** For people, when the account says whether they verified their account; null otherwise. */
  verified: boolean | null;
  /** The time of the first stored scan that showed it; null when there is no history (CLI, "keep no history"). */
  firstSeen: string | null;
  evidence: { source: string; field: string };
  /** How to remove it: the official steps and the page (the account's own site where the web can do it). */
  remove: { steps: string[]; url: string };
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
  /** Switches and feature blocks Alexposé does not know, those that are on first (extension of schema 1). */
  unknownSettings?: ReportUnknownSetting[];
  /** Per-camera switches that are on for at least one of the user's own cameras (extension of schema 1). */
  featureSpread?: ReportFeatureSpread[];
  /** Changes Amazon and Ring made that touch this account, newest first (extension of schema 1). */
  vendorChanges?: ReportVendorChange[];
  /** The day Alexposé's knowledge was last checked against public sources (extension of schema 1). */
  knowledgeDate?: string;
  /** Grade, score, coverage and ranked actions (extension of schema 1; see src/report/summary). */
  summary?: ReportSummary;
  /** Every stored scan of the account, oldest first, with what it changed (exports of the report page; extension of schema 1). */
  history?: ReportHistoryEntry[];
  /**
   * What merging the captures had to decide (extension of schema 1): captures of the same time that disagree
   * (resolved to the less safe state or unknown), a newest capture that states a setting unreadably, a newer read
   * that failed while the older list is kept. Absent when there was nothing to say.
   */
  mergeNotes?: ReportMergeNote[];
  /** Who and what can see, hear or act on the home, across both accounts (extension of schema 1; see src/report/access). */
  access?: ReportAccessEntry[];
  /** Official data exports read (extension of schema 1): every file, counted and dated; absent when none was imported. */
  exports?: ReportExport[];
}

/** One scan in an export's history: when, from where, and what it changed against the scan before, in words. */
export interface ReportHistoryEntry {
  scanId: string;
  at: string;
  origin: string;
  /** How many inputs this scan read. */
  sources: number;
  /** The account's first read: its baseline, never a change. */
  firstRead: boolean;
  changes: ReportHistoryChange[];
  /** On the oldest entry: how many older scans are not listed. */
  earlier?: number;
}

export interface ReportHistoryChange {
  /** `device-added`, `device-removed`, `finding-added`, `finding-resolved`, `finding-changed`. */
  kind: string;
  findingId?: string;
  subject: Subject;
  detail?: { key: string; before: string | number | boolean | null; after: string | number | boolean | null };
  /** It widens what is shared. */
  worse: boolean;
  /** Only newly read (coverage grew), not newly on. */
  newlyRead?: boolean;
  /** The change in the report's language, as the report page words it. */
  text: string;
}

export interface ReportMergeNote {
  code: 'capture-conflict' | 'newer-unreadable' | 'newer-read-failed';
  subject: { type: 'device' | 'location'; id: string; name: string };
  /** The setting concerned (`e2eeEnabled`, `recordingTtlDays`, …); absent for a users list. */
  field?: string;
  /** Source ids of the captures concerned. */
  sources: string[];
  capturedAt: string | null;
  message: string;
}

/** One imported data export: its inventory (see src/model/export.ts). No file's content, only counts and dates. */
export type ReportExport = ExportInventory;
