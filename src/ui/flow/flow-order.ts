// Orderings the model uses: risks (highest first) and text (numbers by value, then by code unit, so it is total).
import type { Risk } from '../../model/finding.ts';
import { RISKS } from '../../model/finding.ts';

export function maxRisk(a: Risk | null, b: Risk | null): Risk | null {
  if (a === null) return b;
  if (b === null) return a;
  return RISKS.indexOf(a) <= RISKS.indexOf(b) ? a : b;
}

export function riskRank(risk: Risk | null): number {
  return risk === null ? RISKS.length : RISKS.indexOf(risk);
}

export function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}
