/**
 * The data-flow picture as data: your devices → the path they take (a vendor's skill, a vendor's cloud,
 * a device shared by its owner) → the service (Amazon, Ring) → who receives the data next (police, skill
 * vendors, shared users, neighbours…). Pure and language-neutral: names from the report are passed through
 * as text (page-derived, hostile: render as text only), fixed words are message keys, and what flows on an
 * edge is a list of label ids (`flow_label_<id>`). Same report in, same model out: ids and order are stable.
 */
import type { Report, ReportDevice, ReportFinding } from '../../model/report.ts';
import type { Risk } from '../../model/finding.ts';
import { RISKS } from '../../model/finding.ts';
import { RECIPIENT_IDS } from '../../knowledge/recipients.ts';
import { SELF_RECIPIENT, VOICE_FINDINGS, findingLabels, sortLabels, type FlowLabel } from '../../knowledge/flow-labels.ts';

export { FLOW_LABELS, flowLabelKey, interfaceLabel, permissionLabel, type FlowLabel } from '../../knowledge/flow-labels.ts';

/** The two services the picture centres on; Alexa and the Amazon account are both Amazon. */
export type FlowService = 'ring' | 'amazon';
const SERVICE_ORDER: readonly FlowService[] = ['ring', 'amazon'];
const SERVICE_NAME: Record<FlowService, string> = { ring: 'Ring', amazon: 'Amazon' };

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

/** Devices shown one by one; beyond that the lowest-risk ones fold into one "and N more" node. */
export const MAX_DEVICE_NODES = 30;

/** Recipients shown with a warning accent (and a shape, not colour alone). */
const ALERT_RECIPIENTS: ReadonlySet<string> = new Set(['police', 'reviewers', 'delivery-drivers']);

/** Order of recipients within a service: the most consequential first. */
const RECIPIENT_RANK = ['police', 'reviewers', 'delivery-drivers', 'monitoring-center', 'guard-service', 'axon', 'app-maker', 'partners', 'watch-duty', 'skill-vendor', 'neighbors', 'shared-users', 'household', 'device-owner', 'logged-in-devices', 'sidewalk-network', 'amazon', 'ring'];

function serviceOf(service: string): FlowService {
  return service === 'ring' ? 'ring' : 'amazon';
}

function maxRisk(a: Risk | null, b: Risk | null): Risk | null {
  if (a === null) return b;
  if (b === null) return a;
  return RISKS.indexOf(a) <= RISKS.indexOf(b) ? a : b;
}

function riskRank(risk: Risk | null): number {
  return risk === null ? RISKS.length : RISKS.indexOf(risk);
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

interface Source {
  id: string;
  kind: 'device' | 'location' | 'account';
  service: FlowService;
  name: string | null;
  category: string | null;
  /** The path node this source's data takes before the service, or null when it goes there directly. */
  path: PathInfo | null;
  device: ReportDevice | null;
  flows: Flow[];
}

interface PathInfo {
  id: string;
  kind: 'skill' | 'shared-by-owner' | 'vendor-cloud' | 'path';
  name: string;
}

interface Flow {
  finding: ReportFinding;
  labels: FlowLabel[];
  recipients: { id: string; name: string }[];
}

function pathOf(device: ReportDevice, service: FlowService): PathInfo | null {
  const { kind, id, name } = device.via;
  if (kind === 'amazon-device' || kind === 'amazon-cloud') return null;
  if (kind === 'vendor-cloud' && (id === service || id === '')) return null;
  const known = kind === 'skill' || kind === 'shared-by-owner' || kind === 'vendor-cloud' ? kind : 'path';
  return { id: `path:${known}:${id || name}`, kind: known, name };
}

function isEcho(device: ReportDevice): boolean {
  return device.via.kind === 'amazon-device' || device.category === 'smart-speaker' || device.category === 'smart-display';
}

function emptyNode(id: string, column: FlowColumn, kind: FlowNodeKind, text: FlowText): FlowNode {
  return { id, column, kind, text, noteKey: null, fullName: null, service: null, category: null, risk: null, alert: false, labels: [], count: 0 };
}

/** The report as columns of nodes and labelled edges. */
export function flowModel(report: Report): FlowModel {
  const sources = new Map<string, Source>();
  const devicesById = new Map<string, ReportDevice>();
  for (const d of report.devices) if (!devicesById.has(d.id)) devicesById.set(d.id, d);

  const deviceSource = (device: ReportDevice): Source => {
    const service = serviceOf(device.service);
    const id = `device:${service}:${device.id}`;
    let source = sources.get(id);
    if (!source) {
      source = { id, kind: 'device', service, name: device.name, category: device.category, path: pathOf(device, service), device, flows: [] };
      sources.set(id, source);
    }
    return source;
  };
  for (const d of report.devices) deviceSource(d);
  const echoes = [...sources.values()].filter((s) => s.service === 'amazon' && s.device && isEcho(s.device));

  const sourcesOf = (f: ReportFinding): Source[] => {
    const service = serviceOf(f.service);
    const { subject } = f;
    if (subject.type === 'device') {
      const known = devicesById.get(subject.id);
      const device: ReportDevice = known ?? { id: subject.id, service: f.service, name: subject.name, category: 'other', maker: '', via: { kind: 'vendor-cloud', id: service, name: SERVICE_NAME[service] }, owned: null };
      return [deviceSource(device)];
    }
    if (VOICE_FINDINGS.has(f.id) && service === 'amazon' && echoes.length > 0) return echoes;
    const location = subject.type === 'location';
    const id = location ? `location:${service}:${subject.id}` : `account:${service}`;
    let source = sources.get(id);
    if (!source) {
      source = { id, kind: location ? 'location' : 'account', service, name: location ? subject.name : null, category: null, path: null, device: null, flows: [] };
      sources.set(id, source);
    }
    return [source];
  };

  for (const finding of report.findings) {
    const labels = findingLabels(finding);
    for (const source of sourcesOf(finding)) {
      const onPath = new Set<string>([source.service]);
      if (source.path?.kind === 'skill') onPath.add('skill-vendor');
      if (source.path?.kind === 'shared-by-owner') onPath.add('device-owner');
      const self = SELF_RECIPIENT[finding.id];
      if (self) onPath.add(self);
      const recipients = finding.recipients.filter((r) => !onPath.has(r.id));
      source.flows.push({ finding, labels, recipients });
    }
  }

  // Devices beyond the cap: keep the riskiest, fold the rest into one node per picture.
  const sourceRisk = (s: Source) => s.flows.reduce<Risk | null>((r, f) => maxRisk(r, f.finding.risk), null);
  const devices = [...sources.values()].filter((s) => s.kind === 'device');
  const hidden = new Set<string>();
  if (devices.length > MAX_DEVICE_NODES) {
    const ranked = [...devices].sort((a, b) => riskRank(sourceRisk(a)) - riskRank(sourceRisk(b)) || b.flows.length - a.flows.length || compareText(a.name ?? '', b.name ?? '') || compareText(a.id, b.id));
    for (const s of ranked.slice(MAX_DEVICE_NODES - 1)) hidden.add(s.id);
  }

  // Column 0 order: by service, then path (direct first), then risk, then name; locations and the account last.
  const kindRank = { device: 0, location: 1, account: 2 } as const;
  const visible = [...sources.values()]
    .filter((s) => !hidden.has(s.id))
    .sort(
      (a, b) =>
        SERVICE_ORDER.indexOf(a.service) - SERVICE_ORDER.indexOf(b.service) ||
        kindRank[a.kind] - kindRank[b.kind] ||
        (a.path === null ? 0 : 1) - (b.path === null ? 0 : 1) ||
        compareText(a.path?.name ?? '', b.path?.name ?? '') ||
        compareText(a.path?.id ?? '', b.path?.id ?? '') ||
        riskRank(sourceRisk(a)) - riskRank(sourceRisk(b)) ||
        compareText(a.name ?? '', b.name ?? '') ||
        compareText(a.id, b.id),
    );

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
      node = { ...emptyNode(id, 3, 'recipient', { kind: 'message', key: `flow_recipient_${r.id.replace(/[^a-z0-9]/gi, '_')}`, subs: [] }), fullName: r.name, alert: ALERT_RECIPIENTS.has(r.id) };
      nodes.set(id, node);
    }
    for (const f of flows) node.risk = maxRisk(node.risk, f.finding.risk);
    return id;
  };
  const onward = (service: string, flows: readonly Flow[]) => {
    for (const f of flows) for (const r of f.recipients) addEdge(service, recipientNode(r, [f]), 'onward', [f]);
  };

  for (const s of visible) {
    const node: FlowNode = {
      ...emptyNode(s.id, 0, s.kind, s.name !== null && s.name !== '' ? { kind: 'name', value: s.name } : { kind: 'message', key: s.kind === 'account' ? `flow_account_${s.service}` : 'flow_unnamed', subs: [] }),
      noteKey: s.kind === 'location' ? 'flow_note_location' : null,
      service: s.service,
      category: s.category,
      risk: sourceRisk(s),
    };
    nodes.set(s.id, node);
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
  const hiddenSources = devices.filter((s) => hidden.has(s.id));
  if (hiddenSources.length > 0) {
    const id = 'more:devices';
    nodes.set(id, { ...emptyNode(id, 0, 'more', { kind: 'message', key: 'flow_more_devices', subs: [String(hiddenSources.length)] }), count: hiddenSources.length, risk: hiddenSources.reduce<Risk | null>((r, s) => maxRisk(r, sourceRisk(s)), null) });
    for (const service of SERVICE_ORDER) {
      const group = hiddenSources.filter((s) => s.service === service);
      if (group.length === 0) continue;
      const flows = group.flatMap((s) => s.flows);
      const target = serviceNode(service);
      addEdge(id, target, 'first', flows);
      onward(target, flows);
    }
  }

  for (const [id, edge] of edges) {
    edge.labels = sortLabels(edgeLabels.get(id)!);
    edge.findings.sort(compareText);
  }
  // Node labels: what leaves a source, what reaches a recipient.
  for (const node of nodes.values()) {
    if (node.column === 0) node.labels = sortLabels([...edges.values()].filter((e) => e.from === node.id).flatMap((e) => e.labels));
    if (node.column === 3) node.labels = sortLabels([...edges.values()].filter((e) => e.to === node.id).flatMap((e) => e.labels));
  }

  const column0 = [...visible.map((s) => nodes.get(s.id)!), ...(nodes.has('more:devices') ? [nodes.get('more:devices')!] : [])];
  const firstIndex = (ids: Iterable<string>, order: readonly FlowNode[]) => Math.min(...[...ids].map((id) => order.findIndex((n) => n.id === id)).filter((i) => i >= 0), Infinity);
  const column1 = [...nodes.values()]
    .filter((n) => n.column === 1)
    .sort((a, b) => firstIndex(sourcesTo(edges, a.id), column0) - firstIndex(sourcesTo(edges, b.id), column0) || compareText(a.id, b.id));
  const column2 = SERVICE_ORDER.map((s) => nodes.get(`service:${s}`)).filter((n): n is FlowNode => n !== undefined);
  const serviceIndex = (recipientId: string) => {
    const from = [...sourcesTo(edges, recipientId)].map((id) => column2.findIndex((n) => n.id === id));
    return from.reduce((a, b) => a + b, 0) / Math.max(1, from.length);
  };
  const rank = (id: string) => {
    const i = RECIPIENT_RANK.indexOf(id.slice('recipient:'.length));
    return i < 0 ? RECIPIENT_RANK.length + RECIPIENT_IDS.indexOf(id.slice('recipient:'.length) as never) : i;
  };
  const column3 = [...nodes.values()].filter((n) => n.column === 3).sort((a, b) => serviceIndex(a.id) - serviceIndex(b.id) || rank(a.id) - rank(b.id) || compareText(a.id, b.id));

  const ordered = [...column0, ...column1, ...column2, ...column3].map((n) => n.id);
  const edgeList = [...edges.values()].sort((a, b) => ordered.indexOf(a.from) - ordered.indexOf(b.from) || ordered.indexOf(a.to) - ordered.indexOf(b.to));

  return {
    columns: [column0, column1, column2, column3],
    edges: edgeList,
    summary: {
      devices: SERVICE_ORDER.map((service) => ({ service, count: devices.filter((d) => d.service === service).length })).filter((d) => d.count > 0),
      hiddenDevices: hiddenSources.length,
      policeVideoCameras: policeVideoCameras(report, devices),
      recipients: column3.map((n) => n.id.slice('recipient:'.length)),
    },
  };
}

function sourcesTo(edges: Map<string, FlowEdge>, to: string): Set<string> {
  return new Set([...edges.values()].filter((e) => e.to === to).map((e) => e.from));
}

/** Open police paths when the report has them (they weigh encryption); else cameras whose video findings name police. */
function policeVideoCameras(report: Report, devices: readonly Source[]): number {
  if (report.policePaths && report.policePaths.length > 0) return report.policePaths.filter((p) => p.state === 'open').length;
  return devices.filter((d) => d.flows.some((f) => f.labels.includes('video') && f.recipients.some((r) => r.id === 'police'))).length;
}
