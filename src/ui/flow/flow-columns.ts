// Step 4 of the model: the order within each column and of the edges, so the same report draws the same picture.
import { RECIPIENT_IDS } from '../../knowledge/recipients.ts';
import { compareText } from './flow-order.ts';
import type { FlowGraph } from './flow-graph.ts';
import { MORE_DEVICES_ID } from './flow-graph.ts';
import type { Source } from './flow-sources.ts';
import { SERVICE_ORDER, type FlowEdge, type FlowModel, type FlowNode } from './flow-types.ts';

/** Order of recipients within a service: the most consequential first. */
const RECIPIENT_RANK = [
  'police',
  'reviewers',
  'delivery-drivers',
  'monitoring-center',
  'guard-service',
  'axon',
  'app-maker',
  'partners',
  'watch-duty',
  'skill-vendor',
  'neighbors',
  'shared-users',
  'household',
  'device-owner',
  'logged-in-devices',
  'sidewalk-network',
  'amazon',
  'ring',
];

const RECIPIENT_PREFIX = 'recipient:';

/** Ranked recipients first, then the rest in the order of the known recipient ids (unknown ones first of those: -1). */
function recipientRank(nodeId: string): number {
  const recipient = nodeId.slice(RECIPIENT_PREFIX.length);
  const i = RECIPIENT_RANK.indexOf(recipient);
  return i < 0 ? RECIPIENT_RANK.length + RECIPIENT_IDS.findIndex((known) => known === recipient) : i;
}

function sourcesTo(edges: Map<string, FlowEdge>, to: string): Set<string> {
  return new Set([...edges.values()].filter((e) => e.to === to).map((e) => e.from));
}

export function orderColumns({ nodes, edges }: FlowGraph, visible: readonly Source[]): FlowModel['columns'] {
  const column0 = [...visible.map((s) => nodes.get(s.id)!), ...(nodes.has(MORE_DEVICES_ID) ? [nodes.get(MORE_DEVICES_ID)!] : [])];
  const firstIndex = (ids: Iterable<string>, order: readonly FlowNode[]) =>
    Math.min(...[...ids].map((id) => order.findIndex((n) => n.id === id)).filter((i) => i >= 0), Infinity);
  const column1 = [...nodes.values()]
    .filter((n) => n.column === 1)
    .sort((a, b) => firstIndex(sourcesTo(edges, a.id), column0) - firstIndex(sourcesTo(edges, b.id), column0) || compareText(a.id, b.id));
  const column2 = SERVICE_ORDER.map((s) => nodes.get(`service:${s}`)).filter((n): n is FlowNode => n !== undefined);
  const serviceIndex = (recipientId: string) => {
    const from = [...sourcesTo(edges, recipientId)].map((id) => column2.findIndex((n) => n.id === id));
    return from.reduce((a, b) => a + b, 0) / Math.max(1, from.length);
  };
  const column3 = [...nodes.values()]
    .filter((n) => n.column === 3)
    .sort((a, b) => serviceIndex(a.id) - serviceIndex(b.id) || recipientRank(a.id) - recipientRank(b.id) || compareText(a.id, b.id));
  return [column0, column1, column2, column3];
}

/** Edges in the order of their ends down the columns. */
export function orderEdges(edges: Map<string, FlowEdge>, columns: FlowModel['columns']): FlowEdge[] {
  const ordered = columns.flat().map((n) => n.id);
  return [...edges.values()].sort((a, b) => ordered.indexOf(a.from) - ordered.indexOf(b.from) || ordered.indexOf(a.to) - ordered.indexOf(b.to));
}

export function recipientIds(column3: readonly FlowNode[]): string[] {
  return column3.map((n) => n.id.slice(RECIPIENT_PREFIX.length));
}
