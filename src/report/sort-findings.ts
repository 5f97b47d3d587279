import type { Risk } from '../model/finding.ts';
import { RISKS } from '../model/finding.ts';
import type { ReportFinding } from '../model/report.ts';
import { englishCollator } from './english-collator.ts';

function riskRank(risk: Risk): number {
  return RISKS.indexOf(risk);
}

/**
 * Each distinct text's place in the collator's order (texts the collator calls equal share one), so a sort of many
 * findings compares numbers: the collator runs over the distinct names once, not twice per comparison.
 */
function collationRanks(texts: Iterable<string>): Map<string, number> {
  const collator = englishCollator();
  const sorted = [...new Set(texts)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((text, i) => {
    if (i > 0 && collator.compare(sorted[i - 1] as string, text) !== 0) rank++;
    ranks.set(text, rank);
  });
  return ranks;
}

/** By risk, then subject name, then finding id (names and ids in the collator's order); stable, in place. */
export function sortFindings(findings: ReportFinding[]): ReportFinding[] {
  const names = collationRanks(findings.map((f) => f.subject.name));
  const ids = collationRanks(findings.map((f) => f.id));
  // Each finding's keys looked up once, then a sort of numbers; the original position breaks ties (stable).
  const keyed = findings.map((f, at) => ({ f, at, risk: riskRank(f.risk), name: names.get(f.subject.name) as number, id: ids.get(f.id) as number }));
  keyed.sort((a, b) => a.risk - b.risk || a.name - b.name || a.id - b.id || a.at - b.at);
  keyed.forEach(({ f }, i) => (findings[i] = f));
  return findings;
}
