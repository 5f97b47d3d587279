/**
 * Step 3 of the model: nodes and edges, merged by id. An edge collects the labels, the highest risk and the
 * finding ids of every flow along it; a recipient the highest risk of what reaches it.
 */
import type { Risk } from '../../model/finding.ts';
import { sortLabels, type FlowLabel } from '../../knowledge/flow-labels.ts';
import { compareText, maxRisk } from './flow-order.ts';
import type { Flow, Source } from './flow-sources.ts';
import { SERVICE_NAME, SERVICE_ORDER, emptyNode, type FlowEdge, type FlowNode, type FlowService, type FlowText } from './flow-types.ts';
import { sourceRisk } from './flow-source-order.ts';

/** Recipients shown with a warning accent (and a shape, not colour alone). */
const ALERT_RECIPIENTS: ReadonlySet<string> = new Set(['police', 'reviewers', 'delivery-drivers']);

export const MORE_DEVICES_ID = 'more:devices';

/**
 * Camera content. No public source found says Ring passes a camera's video, sound, snapshots or faces on to Amazon
 * (searched 2026-12-06, docs/knowledge-sources-ring.md "Recipients"): Ring is drawn as an Amazon company, and no
 * Ring → Amazon edge carries these. Edges Ring → Amazon for an Alexa link, Sidewalk or Key by Amazon stay.
 */
const CAMERA_CONTENT: ReadonlySet<FlowLabel> = new Set(['video', 'live-view', 'snapshots', 'faces', 'video-text', 'sound']);

/** Whether a flow may be drawn from a service on to a recipient: not Ring's camera content on to Amazon. */
function drawnOnward(service: string, recipient: string, flow: Flow): boolean {
  return !(service === 'service:ring' && recipient === 'amazon' && flow.labels.length > 0 && flow.labels.every((l) => CAMERA_CONTENT.has(l)));
}

export interface FlowGraph {
  nodes: Map<string, FlowNode>;
  edges: Map<string, FlowEdge>;
}

export function buildGraph(visible: readonly Source[], folded: readonly Source[]): FlowGraph {
  const nodes = new Map<string, FlowNode>();
  const edges = new Map<string, FlowEdge>();
  const edgeLabels = new Map<string, Set<FlowLabel>>();
  const addEdge = (from: string, to: string, hop: FlowEdge['hop'], flows: readonly Flow[]) => {
    const id = `${from}->${to}`;
    let edge = edges.get(id);
    if (!edge) {
      edge = { id, from, to, hop, labels: [], risk: null, findings: [] };
      edges.set(id, edge);
      edgeLabels.set(id, new Set());
    }
    const labels = edgeLabels.get(id)!;
    for (const f of flows) {
      for (const l of f.labels) labels.add(l);
      edge.risk = maxRisk(edge.risk, f.finding.risk);
      if (!edge.findings.includes(f.finding.id)) edge.findings.push(f.finding.id);
    }
  };
  const serviceNode = (service: FlowService): string => {
    const id = `service:${service}`;
    if (!nodes.has(id)) nodes.set(id, { ...emptyNode(id, 2, 'service', { kind: 'name', value: SERVICE_NAME[service] }), service });
    return id;
  };
  const recipientNode = (r: { id: string; name: string }, flows: readonly Flow[]): string => {
    const id = `recipient:${r.id}`;
    let node = nodes.get(id);
    if (!node) {
      node = {
        ...emptyNode(id, 3, 'recipient', { kind: 'message', key: `flow_recipient_${r.id.replace(/[^a-z0-9]/gi, '_')}`, subs: [] }),
        fullName: r.name,
        alert: ALERT_RECIPIENTS.has(r.id),
      };
      nodes.set(id, node);
    }
    for (const f of flows) node.risk = maxRisk(node.risk, f.finding.risk);
    return id;
  };
  const onward = (service: string, flows: readonly Flow[]) => {
    for (const f of flows) for (const r of f.recipients) if (drawnOnward(service, r.id, f)) addEdge(service, recipientNode(r, [f]), 'onward', [f]);
  };

  for (const s of visible) {
    nodes.set(s.id, sourceNode(s));
    const service = serviceNode(s.service);
    if (s.path) {
      if (!nodes.has(s.path.id)) {
        const text: FlowText = s.path.name ? { kind: 'name', value: s.path.name } : { kind: 'message', key: 'flow_unnamed', subs: [] };
        nodes.set(s.path.id, { ...emptyNode(s.path.id, 1, s.path.kind, text), noteKey: `flow_note_${s.path.kind.replace(/-/g, '_')}`, service: s.service });
      }
      addEdge(s.id, s.path.id, 'first', s.flows);
      addEdge(s.path.id, service, 'middle', s.flows);
    } else {
      addEdge(s.id, service, 'first', s.flows);
    }
    onward(service, s.flows);
  }

  // "and N more": one node, straight to each service its devices use.
  if (folded.length > 0) {
    nodes.set(MORE_DEVICES_ID, {
      ...emptyNode(MORE_DEVICES_ID, 0, 'more', { kind: 'message', key: 'flow_more_devices', subs: [String(folded.length)] }),
      count: folded.length,
      risk: folded.reduce<Risk | null>((r, s) => maxRisk(r, sourceRisk(s)), null),
    });
    for (const service of SERVICE_ORDER) {
      const group = folded.filter((s) => s.service === service);
      if (group.length === 0) continue;
      const flows = group.flatMap((s) => s.flows);
      const target = serviceNode(service);
      addEdge(MORE_DEVICES_ID, target, 'first', flows);
      onward(target, flows);
    }
  }

  for (const [id, edge] of edges) {
    edge.labels = sortLabels(edgeLabels.get(id)!);
    edge.findings.sort(compareText);
  }
  labelEnds(nodes, edges);
  return { nodes, edges };
}

function sourceNode(s: Source): FlowNode {
  const text: FlowText =
    s.name !== null && s.name !== ''
      ? { kind: 'name', value: s.name }
      : { kind: 'message', key: s.kind === 'account' ? `flow_account_${s.service}` : 'flow_unnamed', subs: [] };
  return {
    ...emptyNode(s.id, 0, s.kind, text),
    noteKey: s.shared ? (s.kind === 'location' ? 'flow_note_shared_location' : 'flow_note_shared') : s.kind === 'location' ? 'flow_note_location' : null,
    service: s.service,
    category: s.category,
    risk: sourceRisk(s),
  };
}

/** Node labels: what leaves a source, what reaches a recipient. */
function labelEnds(nodes: Map<string, FlowNode>, edges: Map<string, FlowEdge>): void {
  for (const node of nodes.values()) {
    if (node.column === 0) node.labels = sortLabels([...edges.values()].filter((e) => e.from === node.id).flatMap((e) => e.labels));
    if (node.column === 3) node.labels = sortLabels([...edges.values()].filter((e) => e.to === node.id).flatMap((e) => e.labels));
  }
}
