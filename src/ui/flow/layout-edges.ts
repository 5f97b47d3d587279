// The layout of edges: where each leaves and enters its nodes (ports), and its path through the columns.
import type { FlowColumn, FlowEdge, FlowModel } from './flow-types.ts';
import type { Geometry } from './geometry.ts';
import type { PlacedEdge, PlacedNode } from './layout-types.ts';
import { curve, r } from './svg-path.ts';

interface Ports {
  out: Map<string, number>;
  in: Map<string, number>;
}

/** Edges leave and enter a node spread over its height, ordered by where the other end is. */
function ports(
  model: FlowModel,
  nodes: readonly PlacedNode[],
  byId: ReadonlyMap<string, PlacedNode>,
  centers: ReadonlyMap<string, number>,
  geometry: Geometry,
): Ports {
  const outPort = new Map<string, number>();
  const inPort = new Map<string, number>();
  for (const p of nodes) {
    const cy = centers.get(p.node.id)!;
    const gap = p.node.column === 3 ? geometry.recipientPortGap : geometry.portGap * (p.node.column === 2 ? 1.6 : 1);
    const spread = (edges: FlowEdge[], other: (e: FlowEdge) => string, into: Map<string, number>) => {
      const sorted = [...edges].sort((a, b) => centers.get(other(a))! - centers.get(other(b))! || (other(a) < other(b) ? -1 : 1));
      const step = sorted.length > 1 ? Math.min(gap, (p.height - 12) / (sorted.length - 1)) : 0;
      sorted.forEach((e, i) => into.set(e.id, cy + (i - (sorted.length - 1) / 2) * step));
    };
    spread(
      model.edges.filter((e) => e.from === p.node.id && byId.has(e.to)),
      (e) => e.to,
      outPort,
    );
    spread(
      model.edges.filter((e) => e.to === p.node.id && byId.has(e.from)),
      (e) => e.from,
      inPort,
    );
  }
  return { out: outPort, in: inPort };
}

export function placeEdges(
  model: FlowModel,
  nodes: readonly PlacedNode[],
  centers: ReadonlyMap<string, number>,
  xs: Partial<Record<FlowColumn, number>>,
  geometry: Geometry,
): PlacedEdge[] {
  const byId = new Map(nodes.map((p) => [p.node.id, p]));
  const port = ports(model, nodes, byId, centers, geometry);
  const hasPath = xs[1] !== undefined;
  return model.edges
    .filter((e) => byId.has(e.from) && byId.has(e.to))
    .map((edge) => {
      const from = byId.get(edge.from)!;
      const to = byId.get(edge.to)!;
      const x1 = from.x + from.width;
      const y1 = port.out.get(edge.id)!;
      const x2 = to.x;
      const y2 = port.in.get(edge.id)!;
      let d: string;
      let label: PlacedEdge['label'] = null;
      if (edge.hop === 'first') {
        // Straight through the label zone (and through the path column when the edge skips it), then curved.
        const straight = to.node.column === 2 && hasPath ? xs[1]! + geometry.widths[1] : x1 + geometry.labelZone;
        d = `M${r(x1)} ${r(y1)}H${r(straight)}${curve(straight, y1, x2, y2)}`;
        label = { x: x1 + 8, y: y1 - 5, width: geometry.labelZone - 14, anchor: 'start' };
      } else if (edge.hop === 'onward') {
        const straight = x2 - geometry.onwardZone;
        d = `M${r(x1)} ${r(y1)}${curve(x1, y1, straight, y2)}H${r(x2)}`;
        label = { x: x2 - 8, y: y2 - 5, width: geometry.onwardZone - 14, anchor: 'end' };
      } else {
        d = `M${r(x1)} ${r(y1)}${curve(x1, y1, x2, y2)}`;
      }
      return { edge, d, alert: to.node.alert, label: geometry.edgeLabels ? label : null };
    });
}
