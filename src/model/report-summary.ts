import type { ControlledBy, Risk, SubjectType } from './finding.ts';
import type { Service } from './diagnostics.ts';
import type { SourceId } from './source-ids.ts';

/** Types of the report's additive `summary` (schema 1 extension); built in src/report/summary. */
export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface FindingCost {
  findingId: string;
  subjectName: string;
  title: string;
  risk: Risk;
  /** Points the score would gain if only this finding were gone. */
  points: number;
}

/** A page or scan not read yet, what stays unknown because of it, and where to complete it. */
export interface CoverageGap {
  /** The source id that would fill the gap. */
  source: SourceId;
  /** How many settings (or cameras) stay unknown. */
  unknown: number;
  /** The page that completes the scan; null when a button in the popup does (the Alexa deep scan). */
  url: string | null;
  /** `unreadable`: the source was read, but `unknown` of its values were in a state Alexposé could not read. Absent: not read. */
  reason?: 'unreadable';
}

export interface SummaryCoverage {
  complete: boolean;
  sourcesRead: number;
  sourcesTotal: number;
  gaps: CoverageGap[];
}

/** One thing to do: the same setting on every device it concerns, with where and how long. */
export interface SummaryAction {
  /** Stable within an account: the finding id (plus the permission for skill permissions). */
  id: string;
  findingId: string;
  service: Service;
  risk: Risk;
  title: string;
  /** The subjects it concerns (devices, or the account, a skill, an app). */
  devices: { id: string; name: string; type: SubjectType }[];
  /** Cameras whose open police path this closes. */
  closesPolicePaths: number;
  /** Distinct recipients it stops; recipients × devices is the reach that ranks it. */
  recipients: string[];
  reach: number;
  /** `app`: only the app can do it, `text` is the path; `web`: `url` is the exact page on the account's site. */
  place: { kind: 'app' | 'web'; text: string; url: string | null };
  minutes: number;
  /**
   * Present when the subjects are someone else's: only their owner can do it, so the user is asked to ask them
   * (or leave the share), never to do it and check again. Ranked after every action the user controls. Added field.
   */
  controlledBy?: ControlledBy;
  /** The owner's name, when the data names them. Added field. */
  ownerName?: string;
}

/** Devices someone else shares with the user, per owner: not graded, said on a line of their own. Added field. */
export interface SharedWithYou {
  ownerName: string | null;
  devices: { id: string; name: string }[];
  /** Of these, cameras whose videos Ring can open (open police path). */
  openPolicePaths: number;
  /** The line in the report's language, e.g. "2 cameras shared with you: Ring can open their videos — set by Greta". */
  text: string;
}

export interface ReportSummary {
  /**
   * `?` when no source was read at all, or while any camera's police path is unknown (the question the user came
   * with is unanswered): no letter grade without that evidence.
   */
  grade: Grade | '?';
  score: number | null;
  /** With grade `?` over unknown police paths: the best grade (and score) still possible, if every unknown path is closed. */
  bestPossibleGrade?: Grade;
  bestPossibleScore?: number;
  /** Cameras whose police path is unknown (encryption not read); with grade `?`. */
  unknownPolicePaths?: number;
  /** What is missing, in words ("encryption of 3 cameras not read"); with grade `?` over unknown police paths. */
  missing?: string;
  /** True while a gap in coverage may hide findings: the grade is then at best what it says. */
  provisional: boolean;
  formula: string;
  /** Only findings about what the user controls (the grade counts only those). */
  costs: FindingCost[];
  coverage: SummaryCoverage;
  actions: SummaryAction[];
  /** What others control, per owner (absent when nothing is shared with the user). Added field. */
  sharedWithYou?: SharedWithYou[];
}
