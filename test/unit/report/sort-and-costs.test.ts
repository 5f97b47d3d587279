import fc from 'fast-check';
import { sortFindings } from '../../../src/report/sort-findings.ts';
import { gradeFindings } from '../../../src/report/summary/grade.ts';
import { RISKS } from '../../../src/model/finding.ts';
import type { ReportFinding } from '../../../src/model/report.ts';

// The report sorts and picks the costliest findings through shortcuts that make 20,000 findings cheap (collation
// ranks, one pass for the top three). They must give exactly what the plain rules give: a stable sort with the
// collator, and the first three of a stable sort by points.

const collator = new Intl.Collator('en');
// Names the collator orders apart from code points: case, accents, digits, and distinct strings it calls equal
// (a soft hyphen is ignorable, so "Ga\u00adrage" and "Garage" compare as equal).
const NAMES = ['Garage', 'garage', 'Garage 2', 'Garage 10', 'Ga\u00adrage', 'Zaun', 'Äpfel', 'apfel', 'Front Door', 'front door', '', 'Őr', 'Or'];
const IDS = ['ring.e2ee-off', 'ring.audio-recording', 'alexa.skill-permission', 'ring.sidewalk'];

function finding(i: number, name: string, id: string, risk: ReportFinding['risk']): ReportFinding {
  return {
    id,
    service: 'ring',
    subject: { type: 'device', id: `d${i}`, name },
    risk,
    title: `t${i}`,
    explanation: '',
    recipients: [],
    optOut: { steps: [], url: '' },
    evidence: { source: 'ring.devices', field: 'x' },
    details: {},
  } as unknown as ReportFinding;
}

const findingsArb = fc
  .array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...IDS), fc.constantFrom(...RISKS)), { maxLength: 60 })
  .map((list) => list.map(([name, id, risk], i) => finding(i, name, id, risk)));

describe('sorting findings', () => {
  it('orders as a stable sort by risk, then the collator on names, then on ids', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        const plain = [...findings].sort(
          (a, b) => RISKS.indexOf(a.risk) - RISKS.indexOf(b.risk) || collator.compare(a.subject.name, b.subject.name) || collator.compare(a.id, b.id),
        );
        expect(sortFindings([...findings]).map((f) => f.subject.id)).toEqual(plain.map((f) => f.subject.id));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the input order of findings the collator cannot tell apart', () => {
    const findings = [finding(0, 'Ga\u00adrage', IDS[0]!, 'high'), finding(1, 'Garage', IDS[0]!, 'high'), finding(2, 'Ga\u00adrage', IDS[0]!, 'high')];
    expect(collator.compare('Ga\u00adrage', 'Garage')).toBe(0);
    expect(sortFindings([...findings]).map((f) => f.subject.id)).toEqual(['d0', 'd1', 'd2']);
  });
});

describe('the costliest findings', () => {
  it('are the first three of a stable sort by points, at any count and mix of risks', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        const { costs } = gradeFindings(findings, []);
        // The plain rule, as the grade states it: every finding's points, sorted, the first three.
        const exact = 100 * findings.reduce((acc, f) => acc * { high: 0.8, medium: 0.95, low: 0.99, info: 1 }[f.risk], 1);
        const factor = (f: ReportFinding) => ({ high: 0.8, medium: 0.95, low: 0.99, info: 1 })[f.risk];
        const plain = findings
          .filter((f) => factor(f) < 1)
          .map((f) => ({ findingId: f.id, subjectName: f.subject.name, title: f.title, risk: f.risk, points: Math.round(exact / factor(f) - exact) }))
          .sort((a, b) => b.points - a.points)
          .slice(0, 3);
        expect(costs).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });
});
