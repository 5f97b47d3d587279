// @vitest-environment node
/**
 * Makers and integrations from `metadata` (dgreif/ring ring-types.ts `OnvifCameraData`, `ThirdPartyGarageDoorOpener`):
 * a Blink camera is never "made by Ring"; a Key by Amazon garage opener is found by `metadata.integration_type`.
 */
import { readCapture } from '../../../src/sources/read-capture.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { runChecks } from '../../../src/findings/lookups.ts';
import { reportDevices } from '../../../src/report/report-devices.ts';
import { RING_API, NOW, devicesCapture, fixtureJson } from '../fixtures.ts';

describe('makers and Key by Amazon from metadata', () => {
  const result = readCapture(devicesCapture(fixtureJson('ring-devices-privacy.json')));
  const records = mergeRecords([result]);

  it('reads the list without a warning', () => {
    expect(result.source.status).toBe('read');
  });

  it('names the maker and model of third-party devices', () => {
    expect(records.ringDevices?.map((d) => [d.id, d.maker, d.model ?? null, d.category])).toEqual([
      ['70040001', 'Ring', null, 'doorbell'],
      ['70040002', 'Ring', null, 'camera'],
      ['70040003', 'Blink', 'Outdoor 4', 'camera'],
      ['70040004', 'Chamberlain', 'myQ Smart Garage Control', 'other'],
    ]);
    expect(reportDevices(records).find((d) => d.id === '70040003')?.maker).toBe('Blink');
  });

  it('finds Key by Amazon on the garage opener by metadata.integration_type', () => {
    expect(
      runChecks(records)
        .filter((f) => f.id === 'ring.key-by-amazon')
        .map((f) => [f.subject.id, f.evidence.field]),
    ).toEqual([['70040004', 'metadata.integration_type']]);
  });

  it('keeps the maker another list named when a newer list (v3, without metadata) says nothing', () => {
    const v3 = {
      url: `${RING_API}/device_info/v3/devices`,
      via: 'page-fetch' as const,
      body: { devices: [{ id: 70040003, kind: 'onvif_camera', description: 'Hof', owned: true }] },
      capturedAt: NOW,
    };
    const merged = mergeRecords([result, readCapture(v3)]);
    expect(merged.ringDevices?.filter((d) => d.id === '70040003').map((d) => d.maker)).toEqual(['Blink']);
    expect(merged.ringDevices).toHaveLength(4);
  });

  it('reads an imported Amazon camera by the older top-level third_party_manufacturer', () => {
    const body = { doorbots: [], stickup_cams: [{ id: 9, description: 'Cam', kind: 'stickup_cam', third_party_manufacturer: 'amazon1p' }] };
    expect(readCapture(devicesCapture(body)).records.ringDevices?.[0]?.maker).toBe('Amazon');
  });
});

describe('empty lists are an answer', () => {
  it('no lock associations, no users, no locations: status read, an info note, no records', () => {
    const cases = [
      { url: `${RING_API}/integrations/amazonkey/v2/devices/lock_associations`, body: [] },
      { url: `${RING_API}/clients_api/locations/L1/users`, body: [] },
      { url: `${RING_API}/devices/v1/locations`, body: { user_locations: [] } },
      { url: `${RING_API}/device_info/v3/devices`, body: { devices: [] } },
      {
        url: `${RING_API}/clients_api/ring_devices`,
        body: { doorbots: [], authorized_doorbots: [], stickup_cams: [], chimes: [], base_stations: [], beams_bridges: [], other: [] },
      },
    ];
    for (const c of cases) {
      const r = readCapture({ ...c, via: 'page-fetch', capturedAt: NOW });
      expect({ url: c.url, status: r.source.status, codes: r.source.diagnostics.map((d) => `${d.level}:${d.code}`) }).toEqual({
        url: c.url,
        status: 'read',
        codes: ['info:empty-list'],
      });
    }
  });

  it("an empty users list removes the location's older shared users", () => {
    const users = (body: unknown) => readCapture({ url: `${RING_API}/clients_api/locations/L1/users`, via: 'page-fetch', body, capturedAt: NOW });
    const before = users(fixtureJson('location-users.json'));
    expect(mergeRecords([before]).ringLocationUsers).toHaveLength(2);
    expect(mergeRecords([before, users([])]).ringLocationUsers ?? []).toEqual([]);
  });
});

describe('a bare users list without an id in its file name', () => {
  it('is read: roles and devices known, the location unknown', () => {
    const r = readCapture({ url: null, via: 'file', label: 'saved/location-users.json', body: fixtureJson('location-users.json'), capturedAt: NOW });
    expect(r.source).toMatchObject({ id: 'ring.location-users', status: 'read' });
    expect(r.records.ringLocationUsers?.map((u) => [u.locationId, u.name, u.role, u.deviceIds])).toEqual([
      ['unknown-location', 'Sam Probe', 'shared_user', ['70040001', '70040002']],
      ['unknown-location', 'Kim Probe', 'owner', ['70040001']],
    ]);
    expect(r.source.diagnostics.map((d) => `${d.level}:${d.code}`)).toEqual(['info:no-id']);
  });
});

describe('v4 location: monitoring where it really is', () => {
  const HOUSE = '9f2d5a7e-0000-4000-8000-000000000003';
  it('reads included[type=capabilities].attributes.guard_patrol.has_active_professional_monitoring_or_vsg', () => {
    const r = readCapture({
      url: `${RING_API}/location_info/v4/locations/${HOUSE}?include=capabilities,presentation,status`,
      via: 'page-fetch',
      body: fixtureJson(`location-v4-${HOUSE}.json`),
      capturedAt: NOW,
    });
    expect(r.source.status).toBe('read');
    expect(r.records.ringLocations?.map((l) => [l.id, l.country, l.professionalMonitoring, l.coordinateDecimals])).toEqual([[HOUSE, 'US', true, 3]]);
  });

  it('falls back to the status service_state, and says unknown without either', () => {
    const doc = (included: unknown[]) => ({ data: { id: 'L', type: 'locations', attributes: { name: 'N' } }, included });
    const read = (included: unknown[]) =>
      readCapture({ url: `${RING_API}/location_info/v4/locations/L`, via: 'page-fetch', body: doc(included), capturedAt: NOW }).records.ringLocations?.[0]
        ?.professionalMonitoring;
    expect(read([{ type: 'status', attributes: { guard_patrol: { service_state: 'inactive' } } }])).toBe(false);
    expect(read([{ type: 'status', attributes: { guard_patrol: { service_state: 'active' } } }])).toBe(true);
    expect(read([{ type: 'capabilities', attributes: { guard_patrol: { eligible: false } } }])).toBeNull();
  });
});
