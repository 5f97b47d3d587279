import type { Risk } from '../../model/finding.ts';
import type { ReportFinding, ReportPolicePath } from '../../model/report.ts';
import type { FindingCost, Grade } from '../../model/report-summary.ts';
import { e2eeOff } from '../../findings/ring/e2ee-off.ts';

/**
 * Each finding multiplies the score by its risk's factor, so one more finding always costs something and many
 * medium ones never outweigh a single high one completely. Published in the popup ("explained on demand").
 */
const RISK_FACTOR: Readonly<Record<Risk, number>> = { high: 0.8, medium: 0.95, low: 0.99, info: 1 };

/** A camera whose videos Ring can hand to police (E2EE off, open police path) weighs more than any other finding. */
const POLICE_PATH_FACTOR = 0.7;

/** Lowest score of each grade, best first. */
// Neighbouring bands are at most 1/0.7 apart, so closing one police path in the middle bands lifts the grade a step.
const GRADE_BANDS: readonly (readonly [Grade, number])[] = [
  ['A', 90],
  ['B', 70],
  ['C', 50],
  ['D', 35],
  ['E', 25],
  ['F', 0],
];

export interface GradeResult {
  grade: Grade;
  score: number;
  costs: FindingCost[];
}

function gradeOf(score: number): Grade {
  return (GRADE_BANDS.find(([, min]) => score >= min) ?? ['F', 0])[0];
}

function factorOf(f: ReportFinding, openPolicePaths: ReadonlySet<string>): number {
  return f.id === e2eeOff.id && openPolicePaths.has(f.subject.id) ? POLICE_PATH_FACTOR : RISK_FACTOR[f.risk];
}

/** Score, grade and the (at most three) findings that cost the most points. */
export function gradeFindings(findings: readonly ReportFinding[], policePaths: readonly ReportPolicePath[]): GradeResult {
  const open = new Set(policePaths.filter((p) => p.state === 'open').map((p) => p.deviceId));
  const exact = 100 * findings.reduce((acc, f) => acc * factorOf(f, open), 1);
  const score = Math.round(exact);
  // The three that cost the most, earlier findings first among equal costs (what a stable sort's first three are).
  const top: { finding: ReportFinding; points: number }[] = [];
  for (const f of findings) {
    const factor = factorOf(f, open);
    if (factor >= 1) continue;
    const points = Math.round(exact / factor - exact);
    if (top.length === 3 && (top[2] as { points: number }).points >= points) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as { points: number }).points < points) at--;
    top.splice(at, 0, { finding: f, points });
    if (top.length > 3) top.pop();
  }
  const costs = top.map(({ finding: f, points }) => ({ findingId: f.id, subjectName: f.subject.name, title: f.title, risk: f.risk, points }));
  return { grade: gradeOf(score), score, costs };
}
