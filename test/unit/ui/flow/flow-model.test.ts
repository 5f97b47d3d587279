import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildReport } from '../../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../../src/i18n/bundled-messages.ts';
import { readInput } from '../../../../src/cli/read-input.ts';
import type { Report, ReportDevice, ReportFinding } from '../../../../src/model/report.ts';
import {
  FLOW_LABELS,
  MAX_DEVICE_NODES,
  flowModel,
  interfaceLabel,
  permissionLabel,
  type FlowModel,
  type FlowNode,
} from '../../../../src/ui/flow/flow-model.ts';
import { NOW, REPO_ROOT, asRingCountry, harResults } from '../../fixtures.ts';

const ctx = { t: bundledTranslator('en'), locale: 'en' as const, toolVersion: '0.0.0-test', now: NOW };

/** The Ring HAR fixture, reported the way the CLI reports it, as a US account (US-only features fire there). */
function ringReport(): Report {
  return buildReport(asRingCountry(harResults(), 'US'), ctx);
}

/** The Alexa deep-scan HAR and the German Alexa Privacy page, reported the way the CLI reports them. */
function alexaReport(): Report {
  const files = ['alexa-deep-scan.har', 'alexa-privacy-myad-de.html'];
  const results = files.flatMap((name) => readInput(name, readFileSync(resolve(REPO_ROOT, 'test/fixtures/alexa', name), 'utf8'), NOW));
  return buildReport(results, ctx);
}

function node(model: FlowModel, id: string): FlowNode {
  const hit = model.columns.flat().find((n) => n.id === id);
  if (!hit)
    throw new Error(
      `no node ${id}: ${model.columns
        .flat()
        .map((n) => n.id)
        .join(' ')}`,
    );
  return hit;
}

function edge(model: FlowModel, from: string, to: string) {
  const hit = model.edges.find((e) => e.from === from && e.to === to);
  if (!hit) throw new Error(`no edge ${from} -> ${to}`);
  return hit;
}

function deviceId(report: Report, name: string): string {
  const device = report.devices.find((d) => d.name === name);
  if (!device) throw new Error(`no device ${name}`);
  return device.id;
}

describe('Ring HAR report', () => {
  const report = ringReport();
  const model = flowModel(report);

  // Issue 24 (review M5): no public source says Ring passes camera video or sound to Amazon; only cited flows go on.
  it('draws no Ring → Amazon edge carrying video, sound, snapshots or faces', () => {
    const toAmazon = model.edges.find((e) => e.from === 'service:ring' && e.to === 'recipient:amazon');
    expect(report.findings.some((f) => f.id === 'ring.e2ee-off' && f.recipients.some((r) => r.id === 'amazon'))).toBe(true);
    for (const label of ['video', 'sound', 'snapshots', 'faces', 'video-text', 'live-view'] as const) expect(toAmazon?.labels ?? []).not.toContain(label);
  });

  it('draws Front Door → Ring → police with video', () => {
    const front = node(model, 'device:ring:70010001');
    expect(front).toMatchObject({ column: 0, kind: 'device', text: { kind: 'name', value: 'Front Door' }, risk: 'high' });
    expect(edge(model, front.id, 'service:ring').labels).toEqual(['video', 'sound']);
    const police = node(model, 'recipient:police');
    expect(police).toMatchObject({ column: 3, alert: true, fullName: expect.stringContaining('Police') });
    expect(edge(model, 'service:ring', 'recipient:police').labels).toContain('video');
    expect(edge(model, 'service:ring', 'recipient:police').hop).toBe('onward');
  });

  it('takes a device shared with the user through its owner', () => {
    const owner = node(model, 'path:shared-by-owner:4100002');
    expect(owner).toMatchObject({ column: 1, kind: 'shared-by-owner', text: { kind: 'name', value: 'Nora Nachbar' } });
    expect(edge(model, 'device:ring:70020007', owner.id).labels).toEqual(['video']);
    expect(edge(model, owner.id, 'service:ring').hop).toBe('middle');
    // The owner is already on the path: not drawn again as a recipient.
    expect(model.columns[3].map((n) => n.id)).not.toContain('recipient:device-owner');
  });

  it('names who receives the data next, never the service itself', () => {
    expect(model.columns[2].map((n) => n.id)).toEqual(['service:ring']);
    expect(model.summary.recipients).toEqual(
      expect.arrayContaining(['police', 'shared-users', 'neighbors', 'delivery-drivers', 'sidewalk-network', 'monitoring-center', 'amazon']),
    );
    expect(model.summary.recipients).not.toContain('ring');
    expect(model.summary.recipients[0]).toBe('police');
  });

  it('shows a device known only from a finding, the location and the account', () => {
    expect(edge(model, 'device:ring:70010005', 'service:ring').labels).toEqual(['door-access']);
    expect(edge(model, 'service:ring', 'recipient:delivery-drivers').labels).toEqual(['door-access']);
    const home = model.columns[0].find((n) => n.kind === 'location')!;
    expect(home).toMatchObject({ text: { kind: 'name', value: 'Zuhause (Berlin)' }, noteKey: 'flow_note_location' });
    expect(edge(model, home.id, 'service:ring').labels).toEqual(expect.arrayContaining(['address', 'video']));
    expect(node(model, 'account:ring').text).toEqual({ kind: 'message', key: 'flow_account_ring', subs: [] });
  });

  it('keeps devices without findings, with an unlabelled edge', () => {
    expect(edge(model, 'device:ring:70010004', 'service:ring')).toMatchObject({ labels: [], risk: null, findings: [] });
  });

  it('counts cameras whose videos can reach police from the open police paths', () => {
    expect(model.summary.policeVideoCameras).toBe(2);
    expect(model.summary.devices).toEqual([{ service: 'ring', count: 6 }]);
  });
});

describe('Alexa report', () => {
  const report = alexaReport();
  const model = flowModel(report);

  it('draws Wohnzimmer Thermostat → ecobee skill → Amazon with temperature', () => {
    const thermostat = `device:amazon:${deviceId(report, 'Wohnzimmer Thermostat')}`;
    const skill = 'path:skill:amzn1.ask.skill.3f1c9a52-7e4b-4d2a-9c61-0a8e5b7d2f10';
    expect(node(model, skill)).toMatchObject({ column: 1, kind: 'skill', text: { kind: 'name', value: 'ecobee' }, noteKey: 'flow_note_skill' });
    expect(edge(model, thermostat, skill).labels).toEqual(['temperature']);
    expect(edge(model, skill, 'service:amazon').labels).toEqual(['temperature']);
  });

  it('puts each interface in words and unknown ones as device state', () => {
    expect(edge(model, `device:amazon:${deviceId(report, 'Haustür')}`, 'path:skill:amzn1.ask.skill.8b2d4e61-1c3a-4f5e-a7b9-6d0c2e4f8a21').labels).toEqual([
      'lock-state',
      'health',
    ]);
    expect(model.edges.find((e) => e.from === `device:amazon:${deviceId(report, 'Flur Sensor')}`)!.labels).toEqual(['device-state']);
    expect(edge(model, `device:amazon:${deviceId(report, 'Küchenlicht')}`, 'service:amazon').labels).toEqual(['on-off', 'brightness']);
  });

  it('draws voice from the Echos to Amazon and on to reviewers and police', () => {
    for (const name of ['Echo Dot Wohnzimmer', 'Echo Show Küche']) {
      expect(edge(model, `device:amazon:${deviceId(report, name)}`, 'service:amazon').labels).toContain('voice');
    }
    expect(edge(model, 'service:amazon', 'recipient:reviewers').labels).toEqual(['voice', 'messages']);
    expect(edge(model, 'service:amazon', 'recipient:police').labels).toEqual(['voice']);
    expect(node(model, 'recipient:reviewers').alert).toBe(true);
    expect(edge(model, 'account:amazon', 'service:amazon').labels).toEqual(expect.arrayContaining(['messages']));
  });

  it('does not draw the skill vendor again after the skill it came through, nor for a device that reaches Amazon directly', () => {
    // Küchenlicht reaches Amazon without a skill: there is no skill vendor to receive its state.
    expect(model.edges.some((e) => e.from === 'service:amazon' && e.to === 'recipient:skill-vendor')).toBe(false);
    expect(edge(model, `device:amazon:${deviceId(report, 'Küchenlicht')}`, 'service:amazon').labels).toEqual(['on-off', 'brightness']);
  });
});

describe('Ring HAR report of the German account it is', () => {
  const model = flowModel(buildReport(harResults(), ctx));

  it('draws no recipient of a US-only feature (Sidewalk, professional monitoring)', () => {
    expect(model.summary.recipients).toContain('police');
    expect(model.summary.recipients).not.toContain('sidewalk-network');
    expect(model.summary.recipients).not.toContain('monitoring-center');
  });
});

describe('a finding that is gone draws no edge', () => {
  it('drops Neighbors users from the address once Neighbors was read as off', () => {
    const results = asRingCountry(harResults(), 'US');
    const off = results.map((r) =>
      r.records.ringProfile ? { ...r, records: { ...r.records, ringProfile: r.records.ringProfile.map((p) => ({ ...p, neighborsActivated: false })) } } : r,
    );
    const before = flowModel(buildReport(results, ctx));
    const after = flowModel(buildReport(off, ctx));
    const neighbors = (m: FlowModel) => m.edges.filter((e) => e.to === 'recipient:neighbors').flatMap((e) => e.labels);
    expect(buildReport(off, ctx).findings.some((f) => f.id === 'ring.neighbors')).toBe(false);
    expect(buildReport(results, ctx).findings.some((f) => f.id === 'ring.neighbors')).toBe(true);
    expect(neighbors(before)).toContain('address');
    expect(neighbors(after)).not.toContain('address');
  });
});

describe('model shape', () => {
  it('is deterministic, with unique ids and edges between known nodes', () => {
    for (const report of [ringReport(), alexaReport()]) {
      const a = flowModel(report);
      expect(flowModel(structuredClone(report))).toEqual(a);
      const ids = a.columns.flat().map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(a.edges.map((e) => e.id)).size).toBe(a.edges.length);
      for (const e of a.edges) {
        expect(ids).toContain(e.from);
        expect(ids).toContain(e.to);
        for (const l of e.labels) expect(FLOW_LABELS).toContain(l);
      }
    }
  });

  it('is empty for an empty report', () => {
    const empty: Report = { ...ringReport(), devices: [], findings: [], policePaths: [] };
    const model = flowModel(empty);
    expect(model.columns.flat()).toEqual([]);
    expect(model.edges).toEqual([]);
  });

  it(`shows at most ${MAX_DEVICE_NODES} devices and folds the rest into "and N more"`, () => {
    const base = ringReport();
    const devices: ReportDevice[] = Array.from({ length: 45 }, (_, i) => ({
      id: `cam-${i}`,
      service: 'ring',
      name: `Camera ${i}`,
      category: 'camera',
      maker: 'Ring',
      via: { kind: 'vendor-cloud', id: 'ring', name: 'Ring' },
      owned: true,
    }));
    const e2ee = base.findings.find((f) => f.id === 'ring.e2ee-off')!;
    const findings: ReportFinding[] = [{ ...e2ee, subject: { type: 'device', id: 'cam-44', name: 'Camera 44' } }];
    const model = flowModel({ ...base, devices, findings, policePaths: [] });
    const column = model.columns[0];
    expect(column).toHaveLength(MAX_DEVICE_NODES);
    expect(column.at(-1)).toMatchObject({ id: 'more:devices', kind: 'more', count: 16, text: { kind: 'message', key: 'flow_more_devices', subs: ['16'] } });
    // The risky device stays visible; the folded ones still reach Ring.
    expect(column.map((n) => n.id)).toContain('device:ring:cam-44');
    expect(edge(model, 'more:devices', 'service:ring').hop).toBe('first');
    expect(model.summary).toMatchObject({ hiddenDevices: 16, devices: [{ service: 'ring', count: 45 }], policeVideoCameras: 1 });
  });
});

describe('labels', () => {
  it('maps interfaces and permissions to words', () => {
    expect(interfaceLabel('Alexa.ThermostatController.Schedule')).toBe('temperature');
    expect(interfaceLabel('Alexa.LockController')).toBe('lock-state');
    expect(interfaceLabel('Alexa.AirQuality.Humidity')).toBe('air-quality');
    expect(interfaceLabel('Vendor.Unknown')).toBe('device-state');
    expect(permissionLabel('alexa::devices:all:address:full:read')).toBe('address');
    expect(permissionLabel('alexa::profile:email:read')).toBe('contact-details');
    expect(permissionLabel('alexa::profile:name:read')).toBe('name');
    expect(permissionLabel('alexa::household:lists:read')).toBe('lists');
    expect(permissionLabel('payments:autopay_consent')).toBe('account-data');
  });
});

describe('whose devices (issue 24): the user’s own first, then what others share, then places and the account', () => {
  const read = (file: string, endpoint: string) =>
    readInput(`${endpoint}.json`, readFileSync(resolve(REPO_ROOT, 'test/fixtures/ring/ownership', file), 'utf8'), NOW);
  const results = [...read('session-de-neighbors.json', 'session'), ...read('ring-devices-neighbour-doorbell.json', 'ring_devices')];

  it('draws the neighbour’s doorbell after the user’s own, noted "shared with you", and no longer heads the column "Your devices"', async () => {
    const model = flowModel(buildReport(results, ctx));
    const column = model.columns[0].map((n) => [n.id, n.noteKey]);
    expect(column.map(([id]) => id)).toEqual(['device:ring:70050001', 'device:ring:70050009', 'account:ring']);
    expect(column[1]![1]).toBe('flow_note_shared');
    expect(column[0]![1]).toBeNull();
    const { columnTitle } = await import('../../../../src/ui/flow/node-text.ts');
    expect(columnTitle(0, model)).toBe('flow_column_sources_mixed');
    // Only the user's own devices (the same list without the neighbour's doorbell, no profile): "Your devices".
    const list = JSON.parse(readFileSync(resolve(REPO_ROOT, 'test/fixtures/ring/ownership/ring-devices-neighbour-doorbell.json'), 'utf8')) as object;
    const own = readInput('ring_devices.json', JSON.stringify({ ...list, authorized_doorbots: [] }), NOW);
    const ownModel = flowModel(buildReport(own, ctx));
    expect(ownModel.columns[0].map((n) => n.id)).toEqual(['device:ring:70050001']);
    expect(columnTitle(0, ownModel)).toBe('flow_column_sources');
  });
});
