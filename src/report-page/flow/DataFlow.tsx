import { useId, useMemo } from 'preact/hooks';
import type { Report } from '../../model/report.ts';
import { plainText } from '../../report/escape.ts';
import { t } from '../../ui/extension-i18n.ts';
import { FlowLegend } from './FlowLegend.tsx';
import { flowLabelKey, flowModel, type FlowColumn, type FlowEdge, type FlowLabel, type FlowModel, type FlowNode, type FlowText } from './flow-model.ts';

/**
 * The data-flow picture: an inline SVG built from JSX elements only. Names from the report are hostile
 * (they come from pages): they appear only as text children, cleaned of control and bidi characters,
 * cut to fit with an ellipsis, and in full in a <title>. A list beside it says the same in sentences.
 */
export function DataFlow({ report, compact = false }: { report: Report; compact?: boolean }) {
  const uid = `flow-${useId()}`;
  const model = useMemo(() => flowModel(report), [report]);
  if (model.columns[0].length === 0) {
    return (
      <section class="flow flow--empty" data-testid="data-flow">
        <p class="flow__empty">{t('flow_empty')}</p>
      </section>
    );
  }
  const geometry = compact ? COMPACT : FULL;
  const layout = layoutFlow(model, geometry);
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  return (
    <section class={`flow${compact ? ' flow--compact' : ''}`} data-testid="data-flow">
      <svg
        class="flow__svg"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        preserveAspectRatio="xMidYMin meet"
        xmlns="http://www.w3.org/2000/svg"
        data-testid="data-flow-svg"
      >
        <title id={titleId}>{t('flow_title')}</title>
        <desc id={descId}>{describe(model)}</desc>
        <g class="flow__columns" aria-hidden="true">
          {layout.columns.map((c) => (
            <text key={c.column} class="flow__column-title" x={c.x + c.width / 2} y={geometry.headerFont + 2} text-anchor="middle">
              {fit(t(COLUMN_TITLE[c.column]), c.width + geometry.gapMin, geometry.headerFont)}
            </text>
          ))}
        </g>
        <g class="flow__edges">
          {layout.edges.map((e) => (
            <path key={e.edge.id} class={`flow-edge flow-edge--${e.edge.hop}${e.edge.risk ? ` flow-edge--${e.edge.risk}` : ''}${e.alert ? ' flow-edge--alert' : ''}`} d={e.d} data-edge-id={e.edge.id} data-labels={e.edge.labels.join(',')}>
              <title>{edgeSentence(e.edge, model)}</title>
            </path>
          ))}
        </g>
        {geometry.edgeLabels && (
          <g class="flow__labels" aria-hidden="true">
            {layout.edges
              .filter((e) => e.label !== null && e.edge.labels.length > 0)
              .map((e) => (
                <text key={e.edge.id} class={`flow-label${e.edge.risk === 'high' ? ' flow-label--high' : ''}`} x={e.label!.x} y={e.label!.y} text-anchor={e.label!.anchor} data-edge-id={e.edge.id}>
                  {fitLabels(e.edge.labels, e.label!.width, geometry.labelFont, e.edge.risk === 'high')}
                </text>
              ))}
          </g>
        )}
        <g class="flow__nodes">
          {layout.nodes.map((p) => (
            <NodeBox key={p.node.id} placed={p} geometry={geometry} model={model} />
          ))}
        </g>
      </svg>
      <FlowLegend />
      {/* The picture shortens long names; here every flow is said in full. */}
      <details class="flow__in-words">
        <summary>{t('flow_in_words')}</summary>
        <ul data-testid="data-flow-sentences">
          {flowSentences(model).map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function NodeBox({ placed, geometry, model }: { placed: PlacedNode; geometry: Geometry; model: FlowModel }) {
  const { node, x, y, width, height } = placed;
  const name = nodeName(node);
  const note = nodeNote(node, geometry, model);
  const pad = geometry.pad;
  const accent = node.alert ? 'alert' : node.column === 0 && (node.risk === 'high' || node.risk === 'medium') ? node.risk : null;
  const service = node.kind === 'service';
  const marker = node.alert ? '▲ ' : '';
  const nameFont = service ? geometry.serviceFont : geometry.nameFont;
  const textX = service ? x + width / 2 : x + pad + (accent ? 3 : 0);
  const textWidth = service ? width - 8 : width - pad * 2 - (accent ? 3 : 0);
  const cy = y + height / 2;
  const nameY = note ? cy - 2 : cy + nameFont * 0.35;
  const full = [name, note === null ? null : note.full].filter((s): s is string => s !== null && s !== '').join(' · ');
  return (
    <g class={`flow-node flow-node--${node.kind}${node.alert ? ' flow-node--alert' : ''}${node.risk ? ` flow-node--${node.risk}` : ''}`} data-node-id={node.id} data-column={node.column}>
      <title>{full}</title>
      <rect class="flow-node__box" x={x} y={y} width={width} height={height} rx={service ? 8 : 6} />
      {accent && <rect class={`flow-node__accent flow-node__accent--${accent}`} x={x} y={y} width={4} height={height} rx={2} />}
      {service && geometry.rotateService ? (
        <text class="flow-node__name" x={textX} y={cy + nameFont * 0.35} text-anchor="middle" transform={`rotate(-90 ${r(textX)} ${r(cy)})`}>
          {fit(name, height - 10, nameFont, true)}
        </text>
      ) : (
        <text class="flow-node__name" x={textX} y={nameY} text-anchor={service ? 'middle' : 'start'}>
          {fit(marker + name, textWidth, nameFont, service || node.column === 3)}
        </text>
      )}
      {note && (
        <text class="flow-node__note" x={textX} y={cy + geometry.noteFont + 1} text-anchor={service ? 'middle' : 'start'}>
          {fit(note.text, textWidth, geometry.noteFont)}
        </text>
      )}
    </g>
  );
}

// ---- words ----

const COLUMN_TITLE: Record<FlowColumn, string> = { 0: 'flow_column_sources', 1: 'flow_column_path', 2: 'flow_column_service', 3: 'flow_column_recipients' };

/** Page-derived text, cleaned of control and bidi characters; never cut here (titles get it whole). */
function clean(value: string): string {
  return plainText(value, Number.MAX_SAFE_INTEGER);
}

function textOf(text: FlowText, max?: number): string {
  return text.kind === 'name' ? (max === undefined ? clean(text.value) : plainText(text.value, max)) : t(text.key, text.subs);
}

function nodeName(node: FlowNode): string {
  return textOf(node.text);
}

/** Names in sentences are cut at 200 characters: a screen reader should not spell out a page's 10,000. */
function spokenName(node: FlowNode): string {
  return textOf(node.text, 200);
}

function labelsText(labels: readonly FlowLabel[]): string {
  return labels.map((l) => t(flowLabelKey(l))).join(', ');
}

/** The second line: what a node is (full size) or, in the compact picture, what flows out of or into it. */
function nodeNote(node: FlowNode, geometry: Geometry, model: FlowModel): { text: string; full: string } | null {
  if (geometry.nodeLabels && (node.column === 0 || node.column === 3) && node.labels.length > 0) {
    const path = node.column === 0 ? pathOf(node, model) : null;
    const what = labelsText(node.labels);
    const text = path ? t('flow_note_via', [nodeName(path), what]) : what;
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

/** As many labels as fit, then "+N" for the rest (the edge's title lists them all). */
export function fitLabels(labels: readonly FlowLabel[], width: number, fontSize: number, bold = false): string {
  const words = labels.map((l) => t(flowLabelKey(l)));
  const max = Math.floor(width / (fontSize * (bold ? CHAR_BOLD : CHAR)));
  for (let n = words.length; n > 0; n--) {
    const text = words.slice(0, n).join(', ') + (n < words.length ? ` +${words.length - n}` : '');
    if (Array.from(text).length <= max) return text;
  }
  return fit(words.join(', '), width, fontSize, bold);
}

/** Average glyph width per font size (wide enough for DejaVu Sans, the Linux fallback of system-ui). */
const CHAR = 0.6;
const CHAR_BOLD = 0.63;

/** Shortens to fit a width, by code point, with an ellipsis. Width estimated from the font size (no measuring: deterministic). */
export function fit(text: string, width: number, fontSize: number, bold = false): string {
  const max = Math.max(1, Math.floor(width / (fontSize * (bold ? CHAR_BOLD : CHAR))));
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…` : text;
}

function describe(model: FlowModel): string {
  const parts = model.summary.devices.map(({ service, count }) => t(count === 1 ? 'flow_desc_devices_one' : 'flow_desc_devices', [String(count), service === 'ring' ? 'Ring' : 'Amazon']));
  const police = model.summary.policeVideoCameras;
  if (police > 0) parts.push(t(police === 1 ? 'flow_desc_police_one' : 'flow_desc_police', [String(police)]));
  const recipients = model.columns[3].map(spokenName);
  if (recipients.length > 0) parts.push(t('flow_desc_recipients', [recipients.join(', ')]));
  return parts.join('; ');
}

function nodeById(model: FlowModel, id: string): FlowNode | undefined {
  for (const column of model.columns) {
    const hit = column.find((n) => n.id === id);
    if (hit) return hit;
  }
  return undefined;
}

function what(edge: FlowEdge): string {
  return edge.labels.length > 0 ? labelsText(edge.labels) : t('flow_label_data');
}

function edgeSentence(edge: FlowEdge, model: FlowModel): string {
  const from = nodeById(model, edge.from);
  const to = nodeById(model, edge.to);
  if (!from || !to) return '';
  if (edge.hop === 'onward') return t('flow_sentence_onward', [spokenName(from), what(edge), spokenName(to)]);
  if (from.kind === 'more') return t('flow_sentence_more', [String(from.count), what(edge), spokenName(to)]);
  return t('flow_sentence_direct', [spokenName(from), what(edge), spokenName(to)]);
}

/** Each flow as a sentence: per source, the whole way to the service; then what each service passes on. */
export function flowSentences(model: FlowModel): string[] {
  const sentences: string[] = [];
  for (const source of model.columns[0]) {
    for (const edge of model.edges.filter((e) => e.from === source.id && e.hop === 'first')) {
      const to = nodeById(model, edge.to);
      if (to?.column !== 1) {
        sentences.push(edgeSentence(edge, model));
        continue;
      }
      const service = model.edges.find((e) => e.from === to.id && e.hop === 'middle');
      const serviceNode = service && nodeById(model, service.to);
      const via = `${spokenName(to)}${to.noteKey ? ` (${t(to.noteKey)})` : ''}`;
      if (serviceNode) sentences.push(t('flow_sentence_via', [spokenName(source), what(edge), spokenName(serviceNode), via]));
    }
  }
  for (const edge of model.edges.filter((e) => e.hop === 'onward')) sentences.push(edgeSentence(edge, model));
  return sentences;
}

// ---- layout: columns left to right, nodes stacked, each node near the middle of what it connects to ----

interface Geometry {
  margin: number;
  top: number;
  /** Widths of columns 0..3 (column 1 is left out when empty or in the compact picture). */
  widths: [number, number, number, number];
  /** Straight stretch after a source and before a recipient, where an edge's label sits. */
  labelZone: number;
  onwardZone: number;
  /** Width of the curved part between columns. */
  curve: number;
  gapMin: number;
  nodeHeight: number;
  noteHeight: number;
  rowGap: number;
  groupGap: number;
  portGap: number;
  recipientPortGap: number;
  pad: number;
  nameFont: number;
  serviceFont: number;
  noteFont: number;
  labelFont: number;
  headerFont: number;
  edgeLabels: boolean;
  nodeLabels: boolean;
  pathColumn: boolean;
  /** The service's name runs upwards along a narrow bar. */
  rotateService: boolean;
}

const FULL: Geometry = {
  margin: 12,
  top: 30,
  widths: [190, 156, 104, 190],
  labelZone: 180,
  onwardZone: 170,
  curve: 96,
  gapMin: 40,
  nodeHeight: 32,
  noteHeight: 38,
  rowGap: 10,
  groupGap: 22,
  portGap: 10,
  recipientPortGap: 20,
  pad: 10,
  nameFont: 13,
  serviceFont: 15,
  noteFont: 12,
  labelFont: 12,
  headerFont: 12,
  edgeLabels: true,
  nodeLabels: false,
  pathColumn: true,
  rotateService: false,
};

const COMPACT: Geometry = {
  margin: 2,
  top: 24,
  widths: [148, 0, 24, 146],
  labelZone: 0,
  onwardZone: 0,
  curve: 24,
  gapMin: 44,
  nodeHeight: 26,
  noteHeight: 38,
  rowGap: 6,
  groupGap: 14,
  portGap: 6,
  recipientPortGap: 8,
  pad: 7,
  nameFont: 12,
  serviceFont: 12,
  noteFont: 12,
  labelFont: 12,
  headerFont: 12,
  edgeLabels: false,
  nodeLabels: true,
  pathColumn: false,
  rotateService: true,
};

interface PlacedNode {
  node: FlowNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PlacedEdge {
  edge: FlowEdge;
  d: string;
  alert: boolean;
  label: { x: number; y: number; width: number; anchor: 'start' | 'end' } | null;
}

interface Layout {
  width: number;
  height: number;
  columns: { column: FlowColumn; x: number; width: number }[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Edges into and out of a node, for port counts. */
function degree(model: FlowModel, id: string): { in: number; out: number } {
  return { in: model.edges.filter((e) => e.to === id).length, out: model.edges.filter((e) => e.from === id).length };
}

export function layoutFlow(source: FlowModel, geometry: Geometry): Layout {
  const model = geometry.pathColumn ? source : withoutPathColumn(source);
  const present = ([0, 1, 2, 3] as const).filter((c) => model.columns[c].length > 0 && (c !== 1 || geometry.pathColumn));
  const hasPath = present.includes(1);

  // x of each column: the gap after sources holds labels (and, without a path column, the whole curve).
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
  const width = x + geometry.margin;

  const hasNote = (n: FlowNode) => n.noteKey !== null || (geometry.nodeLabels && (n.column === 0 || n.column === 3) && n.labels.length > 0);
  const heightOf = (n: FlowNode) => {
    const base = hasNote(n) ? geometry.noteHeight : geometry.nodeHeight;
    const d = degree(model, n.id);
    if (n.column === 2) return Math.max(base + 10, geometry.rotateService ? 72 : 0, Math.max(d.in, d.out) * geometry.portGap * 1.6 + 16);
    if (n.column === 3) return Math.max(base, d.in * geometry.recipientPortGap + 10);
    if (n.column === 1) return Math.max(base, d.in * geometry.portGap + 8);
    return base;
  };

  const centers = new Map<string, number>();
  const heights = new Map<string, number>();
  for (const c of present) for (const n of model.columns[c]) heights.set(n.id, heightOf(n));

  // Column 0: stacked in model order, a wider gap between services.
  let cursor = geometry.top;
  let lastService: string | null = null;
  for (const n of model.columns[0]) {
    const h = heights.get(n.id)!;
    if (lastService !== null && n.service !== lastService && n.kind !== 'more') cursor += geometry.groupGap;
    centers.set(n.id, cursor + h / 2);
    cursor += h + geometry.rowGap;
    lastService = n.service ?? lastService;
  }
  // Later columns: each node near the mean height of what flows into it, in model order, without overlaps.
  for (const c of present.filter((c) => c !== 0)) {
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
  // Nothing above the headers.
  let minTop = Infinity;
  let maxBottom = 0;
  for (const [id, cy] of centers) {
    minTop = Math.min(minTop, cy - heights.get(id)! / 2);
    maxBottom = Math.max(maxBottom, cy + heights.get(id)! / 2);
  }
  const shift = minTop < geometry.top ? geometry.top - minTop : 0;
  for (const [id, cy] of centers) centers.set(id, cy + shift);

  const nodes: PlacedNode[] = present.flatMap((c) =>
    model.columns[c].map((node) => {
      const height = heights.get(node.id)!;
      return { node, x: xs[c]!, y: centers.get(node.id)! - height / 2, width: geometry.widths[c], height };
    }),
  );
  const byId = new Map(nodes.map((p) => [p.node.id, p]));

  // Ports: edges leave and enter a node spread over its height, ordered by where the other end is.
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
    spread(model.edges.filter((e) => e.from === p.node.id && byId.has(e.to)), (e) => e.to, outPort);
    spread(model.edges.filter((e) => e.to === p.node.id && byId.has(e.from)), (e) => e.from, inPort);
  }

  const edges: PlacedEdge[] = model.edges
    .filter((e) => byId.has(e.from) && byId.has(e.to))
    .map((edge) => {
      const from = byId.get(edge.from)!;
      const to = byId.get(edge.to)!;
      const x1 = from.x + from.width;
      const y1 = outPort.get(edge.id)!;
      const x2 = to.x;
      const y2 = inPort.get(edge.id)!;
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

  const height = Math.ceil(maxBottom + shift + geometry.margin);
  return {
    width: Math.ceil(width),
    height,
    columns: present.map((c) => ({ column: c, x: xs[c]!, width: geometry.widths[c] })),
    nodes,
    edges,
  };
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** A cubic from (x1,y1) to (x2,y2), leaving and arriving horizontally. */
function curve(x1: number, y1: number, x2: number, y2: number): string {
  const dx = (x2 - x1) / 2;
  return `C${r(x1 + dx)} ${r(y1)} ${r(x2 - dx)} ${r(y2)} ${r(x2)} ${r(y2)}`;
}

/**
 * Positions (centres) as close as possible to the desired ones, keeping the order and a gap between
 * neighbours: least squares by merging blocks that would overlap (deterministic, no iteration limit).
 */
export function placeInOrder(desired: readonly number[], heights: readonly number[], gap: number): number[] {
  // Offsets of each node from its block's first node, and blocks as [start, end) with their position.
  const blocks: { start: number; end: number; top: number }[] = [];
  const offset: number[] = [];
  const blockTop = (start: number, end: number) => {
    let sum = 0;
    for (let i = start; i < end; i++) sum += desired[i]! - (offset[i]! - offset[start]!);
    return sum / (end - start);
  };
  for (let i = 0; i < desired.length; i++) {
    offset[i] = i === 0 ? 0 : offset[i - 1]! + heights[i - 1]! / 2 + gap + heights[i]! / 2;
    blocks.push({ start: i, end: i + 1, top: desired[i]! });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const prev = blocks[blocks.length - 2]!;
      const prevEnd = prev.top + (offset[prev.end - 1]! - offset[prev.start]!) + heights[prev.end - 1]! / 2;
      if (last.top - heights[last.start]! / 2 >= prevEnd + gap) break;
      blocks.pop();
      prev.end = last.end;
      prev.top = blockTop(prev.start, prev.end);
    }
  }
  const out: number[] = [];
  for (const b of blocks) for (let i = b.start; i < b.end; i++) out[i] = b.top + (offset[i]! - offset[b.start]!);
  return out;
}

/**
 * Moves nodes (centres, in order) off horizontal lines, to the nearer free side, keeping order and gaps.
 * Goes top to bottom, so a node is only ever moved below the one before it.
 */
export function avoidLines(centers: readonly number[], heights: readonly number[], lines: readonly number[], gap: number): number[] {
  const sorted = [...lines].sort((a, b) => a - b);
  const clear = gap + 2;
  const out: number[] = [];
  let floor = -Infinity;
  centers.forEach((want, i) => {
    const half = heights[i]! / 2;
    const blocked = (y: number) => sorted.find((l) => l > y - half - clear && l < y + half + clear);
    let y = Math.max(want, floor + half);
    for (let hit = blocked(y); hit !== undefined; hit = blocked(y)) {
      const above = hit - clear - half;
      y = above >= Math.max(want - heights[i]!, floor + half) && blocked(above) === undefined ? above : hit + clear + half;
    }
    out.push(y);
    floor = y + half + gap;
  });
  return out;
}

/** The compact picture goes from sources straight to the service: path nodes are folded into the first edge. */
function withoutPathColumn(model: FlowModel): FlowModel {
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
