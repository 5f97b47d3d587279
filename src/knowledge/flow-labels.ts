/**
 * What each finding says flows to Amazon or Ring, as label ids (`flow_label_<id>` in the messages): per finding,
 * per Alexa interface and per skill permission scope. Knowledge, not drawing: the data-flow picture reads it.
 * Each finding module names its own labels; these are the lookups over the registry.
 */
import type { ReportFinding } from '../model/report.ts';
import type { FlowLabel } from '../findings/flow-vocabulary.ts';
import { FINDING_MODULES, findingModule } from '../findings/lookups.ts';

export { FLOW_LABELS, flowLabelKey, interfaceLabel, permissionLabel, sortLabels, type FlowLabel } from '../findings/flow-vocabulary.ts';

/** What a finding says flows, as label ids; a finding this build does not know is "device state". */
export function findingLabels(finding: ReportFinding): FlowLabel[] {
  const labels = findingModule(finding.id)?.labels ?? ['device-state'];
  return typeof labels === 'function' ? labels(finding) : [...labels];
}

/** Voice findings are about the account, but the voice comes from the Echos: drawn from them when known. */
export const VOICE_FINDINGS: ReadonlySet<string> = new Set(FINDING_MODULES.filter((f) => f.drawnFromEchoes).map((f) => f.id));

/** The recipient that is the subject itself, not someone further on (a registered device is a logged-in device). */
export const SELF_RECIPIENT: Readonly<Record<string, string>> = Object.fromEntries(
  FINDING_MODULES.flatMap((f) => (f.selfRecipient ? [[f.id, f.selfRecipient]] : [])),
);
