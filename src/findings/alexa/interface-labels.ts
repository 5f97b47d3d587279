import type { ReportFinding } from '../../model/report.ts';
import { interfaceLabel, sortLabels, type FlowLabel } from '../flow-vocabulary.ts';

/** What a finding about reported or queried Alexa interfaces says flows: each interface in words. */
export function interfaceLabels(finding: ReportFinding): FlowLabel[] {
  const names = String(finding.details['interfaces'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return sortLabels(names.length > 0 ? names.map(interfaceLabel) : ['device-state']);
}
