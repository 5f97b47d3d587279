// The layout, across: which columns are drawn and where each starts.
import type { FlowColumn, FlowModel } from './flow-types.ts';
import type { Geometry } from './geometry.ts';

/** Columns with nodes; the path column only in the full picture. */
export function presentColumns(model: FlowModel, geometry: Geometry): FlowColumn[] {
  return ([0, 1, 2, 3] as const).filter((c) => model.columns[c].length > 0 && (c !== 1 || geometry.pathColumn));
}

/** x of each column, and the picture's width: the gap after sources holds labels (and, without a path column, the whole curve). */
export function columnXs(present: readonly FlowColumn[], geometry: Geometry): { xs: Partial<Record<FlowColumn, number>>; width: number } {
  const gapAfter = (c: FlowColumn, next: FlowColumn) => {
    if (c === 0) return geometry.labelZone + geometry.curve * (next === 1 ? 0.75 : 1.25);
    if (c === 1) return geometry.curve;
    return geometry.curve * 1.1 + geometry.onwardZone;
  };
  const xs: Partial<Record<FlowColumn, number>> = {};
  let x = geometry.margin;
  present.forEach((c, i) => {
    xs[c] = x;
    x += geometry.widths[c];
    const next = present[i + 1];
    if (next !== undefined) x += gapAfter(c, next);
  });
  return { xs, width: x + geometry.margin };
}
