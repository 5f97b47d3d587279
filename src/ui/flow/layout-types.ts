// What the layout hands the renderer: boxes for nodes, paths and label spots for edges.
import type { FlowColumn, FlowEdge, FlowNode } from './flow-types.ts';

export interface PlacedNode {
  node: FlowNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  edge: FlowEdge;
  d: string;
  alert: boolean;
  label: { x: number; y: number; width: number; anchor: 'start' | 'end' } | null;
}

export interface Layout {
  width: number;
  height: number;
  columns: { column: FlowColumn; x: number; width: number }[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}
