import type { FlowEdge, FlowModel } from './flow-types.ts';

/** The compact picture goes from sources straight to the service: path nodes are folded into the first edge. */
export function withoutPathColumn(model: FlowModel): FlowModel {
  const paths = new Set(model.columns[1].map((n) => n.id));
  const middle = new Map(model.edges.filter((e) => e.hop === 'middle').map((e) => [e.from, e.to]));
  const edges = new Map<string, FlowEdge>();
  for (const e of model.edges) {
    if (e.hop === 'middle') continue;
    const to = paths.has(e.to) ? (middle.get(e.to) ?? e.to) : e.to;
    const id = `${e.from}->${to}`;
    if (!edges.has(id)) edges.set(id, { ...e, id, to });
  }
  return { ...model, columns: [model.columns[0], model.columns[1], model.columns[2], model.columns[3]], edges: [...edges.values()] };
}
