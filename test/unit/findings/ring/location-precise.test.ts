// @vitest-environment node
import { locationPrecise } from '../../../../src/findings/ring/location-precise.ts';
import { location, subjectsAndRisks } from '../../records.ts';
import { readCapture } from '../../../../src/sources/read-capture.ts';
import { buildReport } from '../../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../../src/i18n/bundled-messages.ts';
import type { SourceResult } from '../../../../src/model/records.ts';
import { fixtureJson, NOW, RING_API } from '../../fixtures.ts';

describe('ring.location-precise', () => {
  it('finds coordinates with 4 decimals but not with 3', () => {
    const records = { ringLocations: [location('four', { coordinateDecimals: 4 }), location('three', { coordinateDecimals: 3 }), location('none')] };
    const findings = locationPrecise.run(records);
    expect(subjectsAndRisks(findings)).toEqual([['location', 'four', 'low']]);
    expect(findings[0]).toMatchObject({ evidence: { field: 'geo_coordinates' }, details: { streetAddress: false, coordinateDecimals: 4 } });
  });

  it('finds a stored street address whatever the coordinates', () => {
    const findings = locationPrecise.run({ ringLocations: [location('addr', { hasStreetAddress: true, coordinateDecimals: 1 })] });
    expect(subjectsAndRisks(findings)).toEqual([['location', 'addr', 'low']]);
    expect(findings[0]?.evidence.field).toBe('address');
  });
});

/**
 * The device list's own `address`, `latitude`, `longitude` (every `ring_devices` camera entry carries them:
 * dgreif/ring ring-types.ts `CameraData`; python-ring-doorbell tests/fixtures/ring_devices.json). Fixture:
 * test/fixtures/ring/two-cameras/ring-devices.json (invented values in the real shape).
 */
describe('ring.location-precise from the device list', () => {
  const LIST_URL = `${RING_API}/clients_api/ring_devices`;
  const LOCATION = '5e1c0d2a-0000-4000-8000-00000000000a';
  const list = () => structuredClone(fixtureJson('two-cameras/ring-devices.json')) as { stickup_cams: Record<string, unknown>[] };
  const read = (body: unknown) => readCapture({ url: LIST_URL, via: 'page-fetch', body, capturedAt: NOW });
  const report = (...results: SourceResult[]) => buildReport(results, { t: bundledTranslator('en'), locale: 'en', toolVersion: '0.1.0', now: NOW });

  it('reads what the entries reveal, not the address itself', () => {
    const devices = read(list()).records.ringDevices ?? [];
    expect(devices.map((d) => [d.id, d.hasStreetAddress, d.coordinateDecimals])).toEqual([
      ['71000001', true, 6],
      ['71000002', true, 6],
    ]);
    expect(JSON.stringify(devices)).not.toContain('Beispielweg');
  });

  it('a street address in the list: one finding for the location, citing the device list', () => {
    const findings = report(read(list())).findings.filter((f) => f.id === 'ring.location-precise');
    expect(findings.map((f) => [f.subject.type, f.subject.id])).toEqual([['location', LOCATION]]);
    expect(findings[0]?.details).toMatchObject({ streetAddress: true, coordinateDecimals: 6, addressOf: 'yours' });
    expect(findings[0]?.evidence).toMatchObject({ source: 'ring.devices', field: 'address', location: LIST_URL, readAt: NOW });
  });

  it('coordinates alone: house-precise (6 decimals) is a finding, 2 decimals is not', () => {
    const precise = list();
    for (const d of precise.stickup_cams) delete d['address'];
    expect(report(read(precise)).findings.find((f) => f.id === 'ring.location-precise')?.evidence.field).toBe('latitude');
    const coarse = list();
    for (const d of coarse.stickup_cams) Object.assign(d, { address: '', latitude: 48.14, longitude: 11.58 });
    expect(report(read(coarse)).findings.filter((f) => f.id === 'ring.location-precise')).toEqual([]);
  });

  it('one finding per location when the locations document already says so; the list fills in what it left out', () => {
    const locations = (hasAddress: boolean) =>
      readCapture({
        url: `${RING_API}/devices/v1/locations`,
        via: 'page-fetch',
        body: {
          user_locations: [
            {
              location_id: LOCATION,
              owner_id: 4200001,
              name: 'Zuhause',
              address: hasAddress ? { address1: 'Beispielweg 7', city: 'München', country: 'DE' } : { address1: '', country: 'DE' },
              geo_coordinates: { latitude: '48.14', longitude: '11.58' },
            },
          ],
        },
        capturedAt: NOW,
      });
    const both = report(read(list()), locations(true)).findings.filter((f) => f.id === 'ring.location-precise');
    expect(both.map((f) => [f.subject.name, f.evidence.source])).toEqual([['Zuhause (München)', 'ring.locations']]);
    const listOnly = report(read(list()), locations(false)).findings.filter((f) => f.id === 'ring.location-precise');
    expect(listOnly.map((f) => [f.subject.name, f.evidence.source, f.details['streetAddress']])).toEqual([['Zuhause', 'ring.devices', true]]);
  });
});
