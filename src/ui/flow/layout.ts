// The layout: columns left to right, nodes stacked, each node near the middle of what it connects to.
import type { FlowModel } from './flow-types.ts';
import type { Geometry } from './geometry.ts';
import { columnXs, presentColumns } from './layout-columns.ts';
import { placeEdges } from './layout-edges.ts';
import { nodeHeight, placeRows } from './layout-rows.ts';
import type { Layout, PlacedNode } from './layout-types.ts';
import { withoutPathColumn } from './without-path-column.ts';

export function layoutFlow(source: FlowModel, geometry: Geometry): Layout {
  const model = geometry.pathColumn ? source : withoutPathColumn(source);
  const present = presentColumns(model, geometry);
  const { xs, width } = columnXs(present, geometry);
  const heights = new Map<string, number>();
  for (const c of present) for (const n of model.columns[c]) heights.set(n.id, nodeHeight(n, model, geometry));
  const { centers, bottom } = placeRows(model, present, heights, geometry);
  const nodes: PlacedNode[] = present.flatMap((c) =>
    model.columns[c].map((node) => {
      const height = heights.get(node.id)!;
      return { node, x: xs[c]!, y: centers.get(node.id)! - height / 2, width: geometry.widths[c], height };
    }),
  );
  return {
    width: Math.ceil(width),
    height: Math.ceil(bottom + geometry.margin),
    columns: present.map((c) => ({ column: c, x: xs[c]!, width: geometry.widths[c] })),
    nodes,
    edges: placeEdges(model, nodes, centers, xs, geometry),
  };
}
