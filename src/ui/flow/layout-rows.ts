// The layout, down: how tall each node is and where its centre sits.
import { avoidLines } from './avoid-lines.ts';
import type { FlowColumn, FlowModel, FlowNode } from './flow-types.ts';
import type { Geometry } from './geometry.ts';
import { placeInOrder } from './place-in-order.ts';

/** Edges into and out of a node, for port counts. */
function degree(model: FlowModel, id: string): { in: number; out: number } {
  return { in: model.edges.filter((e) => e.to === id).length, out: model.edges.filter((e) => e.from === id).length };
}

/** Tall enough for a second line and for the edges that leave or enter it. */
export function nodeHeight(n: FlowNode, model: FlowModel, geometry: Geometry): number {
  const hasNote = n.noteKey !== null || (geometry.nodeLabels && (n.column === 0 || n.column === 3) && n.labels.length > 0);
  const base = hasNote ? geometry.noteHeight : geometry.nodeHeight;
  const d = degree(model, n.id);
  if (n.column === 2) return Math.max(base + 10, geometry.rotateService ? 72 : 0, Math.max(d.in, d.out) * geometry.portGap * 1.6 + 16);
  if (n.column === 3) return Math.max(base, d.in * geometry.recipientPortGap + 10);
  if (n.column === 1) return Math.max(base, d.in * geometry.portGap + 8);
  return base;
}

/** Column 0: stacked in model order, a wider gap between services. */
function stackSources(model: FlowModel, heights: ReadonlyMap<string, number>, geometry: Geometry, centers: Map<string, number>): void {
  let cursor = geometry.top;
  let lastService: string | null = null;
  for (const n of model.columns[0]) {
    const h = heights.get(n.id)!;
    if (lastService !== null && n.service !== lastService && n.kind !== 'more') cursor += geometry.groupGap;
    centers.set(n.id, cursor + h / 2);
    cursor += h + geometry.rowGap;
    lastService = n.service ?? lastService;
  }
}

/** Later columns: each node near the mean height of what flows into it, in model order, without overlaps. */
function placeColumn(c: FlowColumn, model: FlowModel, heights: ReadonlyMap<string, number>, geometry: Geometry, centers: Map<string, number>): void {
  const column = model.columns[c];
  const desired = column.map((n) => {
    const from = model.edges.filter((e) => e.to === n.id && centers.has(e.from)).map((e) => centers.get(e.from)!);
    return from.length > 0 ? from.reduce((a, b) => a + b, 0) / from.length : geometry.top;
  });
  const sizes = column.map((n) => heights.get(n.id)!);
  let placed = placeInOrder(desired, sizes, c === 1 ? 3 : geometry.rowGap * (c === 3 ? 1 : 1.5));
  if (c === 1) {
    // Edges that skip the path column run straight through it: keep path nodes off those lines.
    const through = model.edges.filter((e) => e.hop === 'first' && model.columns[2].some((n) => n.id === e.to)).map((e) => centers.get(e.from)!);
    placed = avoidLines(placed, sizes, through, 3);
  }
  column.forEach((n, i) => centers.set(n.id, placed[i]!));
}

/** Centre of every drawn node, all moved down so that nothing is above the headers; and the lowest bottom. */
export function placeRows(
  model: FlowModel,
  present: readonly FlowColumn[],
  heights: ReadonlyMap<string, number>,
  geometry: Geometry,
): { centers: Map<string, number>; bottom: number } {
  const centers = new Map<string, number>();
  stackSources(model, heights, geometry, centers);
  for (const c of present.filter((c) => c !== 0)) placeColumn(c, model, heights, geometry, centers);
  let minTop = Infinity;
  let maxBottom = 0;
  for (const [id, cy] of centers) {
    minTop = Math.min(minTop, cy - heights.get(id)! / 2);
    maxBottom = Math.max(maxBottom, cy + heights.get(id)! / 2);
  }
  const shift = minTop < geometry.top ? geometry.top - minTop : 0;
  for (const [id, cy] of centers) centers.set(id, cy + shift);
  return { centers, bottom: maxBottom + shift };
}
