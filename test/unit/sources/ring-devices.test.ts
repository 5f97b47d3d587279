// @vitest-environment node
import { readRingDevices, looksLikeRingDevices } from '../../../src/sources/ring/ring-devices.ts';
import { JsonReader } from '../../../src/sources/json-reader.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { RingDevice } from '../../../src/model/ring.ts';
import { devicesCapture, fixtureJson, NOW } from '../fixtures.ts';

function read(body: unknown) {
  const reader = new JsonReader();
  return { devices: readRingDevices(body, reader), diagnostics: reader.diagnostics };
}

function byId(devices: RingDevice[], id: string): RingDevice {
  const device = devices.find((d) => d.id === id);
  if (!device) throw new Error(`device ${id} not read`);
  return device;
}

describe('readRingDevices on the fixture', () => {
  const { devices, diagnostics } = read(fixtureJson('ring-devices.json'));

  it('reads every device of every group, ids as strings, in group order', () => {
    expect(devices.map((d) => d.id)).toEqual(['70010001', '70020007', '70010002', '70010003', '70010004']);
    expect(diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
  });

  it('derives the category from the group', () => {
    expect(Object.fromEntries(devices.map((d) => [d.id, d.category]))).toEqual({
      '70010001': 'doorbell',
      '70020007': 'doorbell',
      '70010002': 'camera',
      '70010003': 'camera',
      '70010004': 'chime',
    });
    expect(byId(devices, '70010004').hasCamera).toBe(false);
    expect(byId(devices, '70010002').hasCamera).toBe(true);
  });

  it('marks the authorized_doorbots device as shared with you, with its owner', () => {
    expect(devices.filter((d) => d.sharedWithYou).map((d) => d.id)).toEqual(['70020007']);
    const shared = byId(devices, '70020007');
    expect(shared.owned).toBe(false);
    expect(shared.owner).toEqual({ id: '4100002', name: 'Nora Nachbar' });
    expect(byId(devices, '70010001').owner).toEqual({ id: '4100001', name: 'Alex Muster' });
  });

  it('reads names, sidewalk and audio fields; absent fields stay null, not false', () => {
    const front = byId(devices, '70010001');
    expect(front).toMatchObject({ name: 'Front Door', kind: 'doorbell_v4', maker: 'Ring', audioRecording: true, subscribed: true });
    expect(byId(devices, '70010002')).toMatchObject({ isSidewalkGateway: true, sidewalkConnected: false, audioRecording: false });
    expect(byId(devices, '70010003')).toMatchObject({ audioRecording: null, sidewalkConnected: null });
    expect(byId(devices, '70020007').isSidewalkGateway).toBeNull();
  });
});

describe('readRingDevices on bad input', () => {
  it('reports wrong types as warnings and keeps what it could read', () => {
    const result = readCapture(
      devicesCapture({
        doorbots: [{ id: 1001, description: 42, owned: 'yes', settings: { enable_audio_recording: 'on' } }],
        stickup_cams: [],
        chimes: 'none',
      }),
    );
    expect(result.source.status).toBe('partial');
    const wrong = result.source.diagnostics.filter((d) => d.code === 'wrong-type').map((d) => d.at);
    expect(wrong).toEqual(expect.arrayContaining(['doorbots[0].description', 'doorbots[0].owned', 'doorbots[0].settings.enable_audio_recording', '$.chimes']));
    expect(result.source.diagnostics.every((d) => d.code !== 'wrong-type' || d.level === 'warning')).toBe(true);
    const [device] = result.records.ringDevices ?? [];
    expect(device).toMatchObject({ id: '1001', name: 'Ring device 1001', owned: null, audioRecording: null });
  });

  it('notes an unknown group as info, without failing the read', () => {
    const { devices, diagnostics } = read({ doorbots: [{ id: 5 }], smart_locks: [{ id: 6 }] });
    expect(devices.map((d) => d.id)).toEqual(['5']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ level: 'info', code: 'unknown-group', at: 'smart_locks' }));
  });

  it('keeps the first of two entries with the same id and says so', () => {
    const { devices, diagnostics } = read({ doorbots: [{ id: 7, description: 'first' }], stickup_cams: [{ id: '7', description: 'second' }] });
    expect(devices.map((d) => d.name)).toEqual(['first']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'duplicate-id', at: 'stickup_cams[0]' }));
  });

  it('skips entries without an id or that are not objects, with a warning each', () => {
    const { devices, diagnostics } = read({ doorbots: [{ description: 'no id' }, 'text', { id: 8 }], chimes: [] });
    expect(devices.map((d) => d.id)).toEqual(['8']);
    expect(diagnostics.filter((d) => d.level !== 'info').map((d) => d.code)).toEqual(['missing-id', 'not-an-object', 'entries-unreadable']);
  });

  it.each([null, 'ring', 42, [], [{ id: 1 }]])('never throws on non-object input %j', (body) => {
    expect(() => read(body)).not.toThrow();
    const { devices, diagnostics } = read(body);
    expect(devices).toEqual([]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ level: 'error', code: 'not-an-object' }));
    const result = readCapture(devicesCapture(body));
    expect(result.source.status).toBe('error');
    expect(result.records).toEqual({ ringDevices: [] });
  });

  it('calls a non-object without URL unrecognized, with a diagnostic', () => {
    const result = readCapture({ url: null, via: 'file', body: 'just text', capturedAt: NOW, label: 'x.json' });
    expect(result.source.status).toBe('unrecognized');
    expect(result.source.diagnostics).toContainEqual(expect.objectContaining({ level: 'error', code: 'unrecognized-input' }));
  });
});

describe('readCapture routing of the device list', () => {
  it('reads the list by URL as ring.devices', () => {
    const result = readCapture(devicesCapture());
    expect(result.source).toMatchObject({
      id: 'ring.devices',
      status: 'read',
      origin: 'https://account.ring.com',
      location: '/api/cgw/clients_api/ring_devices',
    });
    expect(result.records.ringDevices).toHaveLength(5);
  });

  it('recognises the list by its shape when a saved file has no URL', () => {
    const body = fixtureJson('ring-devices.json');
    expect(looksLikeRingDevices(body)).toBe(true);
    const result = readCapture({ url: null, via: 'file', body, capturedAt: NOW, label: 'ring-devices.json' });
    expect(result.source).toMatchObject({ id: 'ring.devices', status: 'read', origin: 'file:', location: 'ring-devices.json' });
  });
});

describe('limits and contracts', () => {
  it('caps the diagnostics of a flood of bad entries per kind, saying so once, without hiding other kinds', () => {
    const { diagnostics } = read({ doorbots: [...Array.from({ length: 80 }, () => 'bad'), { description: 'no id' }], chimes: [] });
    expect(diagnostics.filter((d) => d.code === 'not-an-object')).toHaveLength(5);
    expect(diagnostics.filter((d) => d.code === 'diagnostics-capped')).toHaveLength(1);
    expect(diagnostics.filter((d) => d.code === 'missing-id')).toHaveLength(1);
  });

  it('warns when devices beyond the limit are skipped', () => {
    const result = readCapture(devicesCapture({ doorbots: Array.from({ length: 20_001 }, (_, i) => ({ id: i + 1 })), chimes: [] }));
    expect(result.records.ringDevices).toHaveLength(20_000);
    expect(result.source.diagnostics.filter((d) => d.code === 'too-many')).toEqual([expect.objectContaining({ level: 'warning' })]);
    expect(result.source.status).toBe('partial');
  });

  it('gives an audio-only intercom no camera, and a video intercom one', () => {
    const { devices } = read({
      other: [
        { id: 185036587, kind: 'intercom_handset_audio' },
        { id: 185036588, kind: 'intercom_handset_video' },
      ],
      chimes: [],
    });
    expect(devices.map((d) => [d.category, d.hasCamera])).toEqual([
      ['intercom', false],
      ['intercom', true],
    ]);
  });
});
