// The words on and about a node: names from the report (hostile: cleaned, text only) and message keys.
import { flowLabelKey, type FlowLabel } from '../../knowledge/flow-labels.ts';
import { plainText } from '../../report/escape.ts';
import { t } from '../extension-i18n.ts';
import type { FlowColumn, FlowModel, FlowNode, FlowText } from './flow-types.ts';
import type { Geometry } from './geometry.ts';

const COLUMN_TITLE: Record<FlowColumn, string> = {
  0: 'flow_column_sources',
  1: 'flow_column_path',
  2: 'flow_column_service',
  3: 'flow_column_recipients',
};

/**
 * The first column's heading: "Your devices" only while it holds nothing but the user's own devices; with a
 * device shared with them, a location or the account it is "Devices, places and account".
 */
export function columnTitle(column: FlowColumn, model: FlowModel): string {
  if (column !== 0) return COLUMN_TITLE[column];
  const mixed = model.columns[0].some((n) => n.kind === 'location' || n.kind === 'account' || n.noteKey === 'flow_note_shared');
  return mixed ? 'flow_column_sources_mixed' : COLUMN_TITLE[0];
}

/** Page-derived text, cleaned of control and bidi characters; never cut here (titles get it whole). */
function clean(value: string): string {
  return plainText(value, Number.MAX_SAFE_INTEGER);
}

function textOf(text: FlowText, max?: number): string {
  return text.kind === 'name' ? (max === undefined ? clean(text.value) : plainText(text.value, max)) : t(text.key, text.subs);
}

export function nodeName(node: FlowNode): string {
  return textOf(node.text);
}

/** Names in sentences are cut at 200 characters: a screen reader should not spell out a page's 10,000. */
export function spokenName(node: FlowNode): string {
  return textOf(node.text, 200);
}

export function labelsText(labels: readonly FlowLabel[]): string {
  return labels.map((l) => t(flowLabelKey(l))).join(', ');
}

/** The second line: what a node is (full size) or, in the compact picture, what flows out of or into it. */
export function nodeNote(node: FlowNode, geometry: Geometry, model: FlowModel): { text: string; full: string } | null {
  if (geometry.nodeLabels && (node.column === 0 || node.column === 3) && node.labels.length > 0) {
    const path = node.column === 0 ? pathOf(node, model) : null;
    const what = labelsText(node.labels);
    const flows = path ? t('flow_note_via', [nodeName(path), what]) : what;
    // Someone else's device or location says so before what flows from it.
    const text = node.noteKey === 'flow_note_shared' || node.noteKey === 'flow_note_shared_location' ? `${t(node.noteKey)} · ${flows}` : flows;
    return { text, full: text };
  }
  if (node.noteKey) {
    const text = t(node.noteKey);
    return { text, full: text };
  }
  return null;
}

function pathOf(node: FlowNode, model: FlowModel): FlowNode | null {
  const edge = model.edges.find((e) => e.from === node.id && e.hop === 'first');
  return (edge && model.columns[1].find((n) => n.id === edge.to)) ?? null;
}
