/**
 * Step 1 of the model: where data starts. Each device, location and account becomes a source; each finding
 * adds a flow to the sources it is about (voice findings to every Echo), with the recipients beyond the path.
 */
import type { Report, ReportDevice, ReportFinding } from '../../model/report.ts';
import { SELF_RECIPIENT, VOICE_FINDINGS, findingLabels, type FlowLabel } from '../../knowledge/flow-labels.ts';
import { SERVICE_NAME, serviceOf, type FlowService } from './flow-types.ts';

export interface Source {
  id: string;
  kind: 'device' | 'location' | 'account';
  service: FlowService;
  name: string | null;
  category: string | null;
  /** The path node this source's data takes before the service, or null when it goes there directly. */
  path: PathInfo | null;
  device: ReportDevice | null;
  flows: Flow[];
  /** Someone else's (a device shared with the user, a location they were invited to): drawn apart from the user's own. */
  shared: boolean;
}

export interface PathInfo {
  id: string;
  kind: 'skill' | 'shared-by-owner' | 'vendor-cloud' | 'path';
  name: string;
}

export interface Flow {
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

/** Every source of the report, in the order first met (devices first), each with its flows. */
export function collectSources(report: Report): Source[] {
  const sources = new Map<string, Source>();
  const devicesById = new Map<string, ReportDevice>();
  for (const d of report.devices) if (!devicesById.has(d.id)) devicesById.set(d.id, d);

  const deviceSource = (device: ReportDevice): Source => {
    const service = serviceOf(device.service);
    const id = `device:${service}:${device.id}`;
    let source = sources.get(id);
    if (!source) {
      const shared = device.owned === false || device.via.kind === 'shared-by-owner';
      source = { id, kind: 'device', service, name: device.name, category: device.category, path: pathOf(device, service), device, flows: [], shared };
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
      const device: ReportDevice = known ?? {
        id: subject.id,
        service: f.service,
        name: subject.name,
        category: 'other',
        maker: '',
        via: { kind: 'vendor-cloud', id: service, name: SERVICE_NAME[service] },
        owned: null,
      };
      return [deviceSource(device)];
    }
    if (VOICE_FINDINGS.has(f.id) && service === 'amazon' && echoes.length > 0) return echoes;
    const location = subject.type === 'location';
    const id = location ? `location:${service}:${subject.id}` : `account:${service}`;
    let source = sources.get(id);
    if (!source) {
      source = {
        id,
        kind: location ? 'location' : 'account',
        service,
        name: location ? subject.name : null,
        category: null,
        path: null,
        device: null,
        flows: [],
        shared: false,
      };
      sources.set(id, source);
    }
    return [source];
  };

  for (const finding of report.findings) {
    const labels = findingLabels(finding);
    for (const source of sourcesOf(finding)) {
      source.flows.push({ finding, labels, recipients: onwardRecipients(finding, source) });
      // The report's ownership rule (controlledBy) marks what is someone else's, locations included.
      if (finding.controlledBy === 'owner') source.shared = true;
    }
  }
  return [...sources.values()];
}

/** Recipients beyond the path: the service itself, the skill's vendor, the sharing owner are already drawn. */
function onwardRecipients(finding: ReportFinding, source: Source): Flow['recipients'] {
  const onPath = new Set<string>([source.service]);
  if (source.path?.kind === 'skill') onPath.add('skill-vendor');
  if (source.path?.kind === 'shared-by-owner') onPath.add('device-owner');
  const self = SELF_RECIPIENT[finding.id];
  if (self) onPath.add(self);
  return finding.recipients.filter((r) => !onPath.has(r.id));
}
