/**
 * The data-flow picture as data: columns of nodes and labelled edges. Pure and language-neutral: names from
 * the report are passed through as text (page-derived, hostile: render as text only), fixed words are message
 * keys, and what flows on an edge is a list of label ids (`flow_label_<id>`).
 */
import type { Risk } from '../../model/finding.ts';
import type { FlowLabel } from '../../knowledge/flow-labels.ts';

/** The two services the picture centres on; Alexa and the Amazon account are both Amazon. */
export type FlowService = 'ring' | 'amazon';
export const SERVICE_ORDER: readonly FlowService[] = ['ring', 'amazon'];
/** Product names, not translated. */
export const SERVICE_NAME: Record<FlowService, string> = { ring: 'Ring', amazon: 'Amazon' };

export function serviceOf(service: string): FlowService {
  return service === 'ring' ? 'ring' : 'amazon';
}

/** 0 your devices (and account, locations), 1 the path, 2 the service, 3 onward recipients. */
export type FlowColumn = 0 | 1 | 2 | 3;

export type FlowNodeKind = 'device' | 'location' | 'account' | 'more' | 'skill' | 'shared-by-owner' | 'vendor-cloud' | 'path' | 'service' | 'recipient';

/** Text of a node: a name from the report (page-derived: text only) or a message key with substitutions. */
export type FlowText = { kind: 'name'; value: string } | { kind: 'message'; key: string; subs: string[] };

export interface FlowNode {
  /** Stable: built from the report's own ids, never from positions. */
  id: string;
  column: FlowColumn;
  kind: FlowNodeKind;
  text: FlowText;
  /** A second, smaller line as a message key (e.g. "Alexa skill", "location"), or null. */
  noteKey: string | null;
  /** The full, long name for a tooltip (a recipient's name as the report words it), or null. */
  fullName: string | null;
  service: FlowService | null;
  /** Device category from the report, for devices. */
  category: string | null;
  /** Highest risk of the findings that flow from (sources) or to (recipients) this node; null when none. */
  risk: Risk | null;
  /** An onward recipient outside the household's control that can act on the data (police, reviewers…). */
  alert: boolean;
  /** What flows into (recipients) or out of (sources) this node, all edges together. */
  labels: FlowLabel[];
  /** For the "and N more" node: how many devices it stands for. */
  count: number;
}

export interface FlowEdge {
  /** `${from}->${to}`: stable. */
  id: string;
  from: string;
  to: string;
  /** first: source → path or service; middle: path → service; onward: service → recipient. */
  hop: 'first' | 'middle' | 'onward';
  labels: FlowLabel[];
  risk: Risk | null;
  /** Distinct finding ids behind this edge, sorted. */
  findings: string[];
}

export interface FlowSummary {
  /** Devices per service, including those folded into "and N more". */
  devices: { service: FlowService; count: number }[];
  hiddenDevices: number;
  /** Cameras whose videos can reach police (open police paths when the report has them). */
  policeVideoCameras: number;
  /** Onward recipient ids, in column order. */
  recipients: string[];
}

export interface FlowModel {
  columns: [FlowNode[], FlowNode[], FlowNode[], FlowNode[]];
  edges: FlowEdge[];
  summary: FlowSummary;
}

export function emptyNode(id: string, column: FlowColumn, kind: FlowNodeKind, text: FlowText): FlowNode {
  return { id, column, kind, text, noteKey: null, fullName: null, service: null, category: null, risk: null, alert: false, labels: [], count: 0 };
}
