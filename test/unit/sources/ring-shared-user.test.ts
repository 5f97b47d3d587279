// @vitest-environment node
/**
 * A shared user in 2026 (dgreif/ring PR #1835, tsightler/ring-mqtt #1095): `ring_devices` comes back empty,
 * `devices/v1/locations` lists owned locations only, and the cameras of the location shared with the user are
 * in `device_info/v3/devices` (`owned: false`) and `location_info/v3/locations` (`is_owner: false`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Capture } from '../../../src/model/capture.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { runChecks } from '../../../src/findings/lookups.ts';
import { ringPolicePaths } from '../../../src/report/police-paths.ts';
import { run } from '../../../src/cli/main.ts';
import type { Report } from '../../../src/model/report.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import { FIXTURE_DIR, NOW, RING_API } from '../fixtures.ts';

const SHARED = resolve(FIXTURE_DIR, 'shared-user');
const LOCATION = '5b1e0c4d-0000-4000-8000-0000000000aa';
const json = (name: string): unknown => JSON.parse(readFileSync(resolve(SHARED, name), 'utf8')) as unknown;
const at = (path: string, name: string): Capture => ({ url: `${RING_API}/${path}`, via: 'page-fetch', body: json(name), capturedAt: NOW });

/** What the Ring web app (or Scan now) fetches for a shared user, oldest first. */
const CAPTURES: Capture[] = [
  at('clients_api/ring_devices', 'ring-devices.json'),
  at('devices/v1/locations', 'devices-v1-locations.json'),
  at('location_info/v3/locations', 'location-info-v3-locations.json'),
  at('device_info/v3/devices', 'device-info-v3-devices.json'),
  at('device_info/v3/devices/70030003', 'device-info-v3-70030003.json'),
];

describe('a shared user: empty ring_devices, cameras in device_info/v3', () => {
  const results = CAPTURES.map(readCapture);
  const records = mergeRecords(results);

  it('reads every response, the empty ones as "none" with status read', () => {
    expect(results.map((r) => [r.source.id, r.source.status])).toEqual([
      ['ring.devices', 'read'],
      ['ring.locations', 'read'],
      ['ring.locations', 'read'],
      ['ring.device-info', 'read'],
      ['ring.device-info', 'read'],
    ]);
    expect(results[0]?.source.diagnostics.map((d) => [d.level, d.code])).toEqual([['info', 'empty-list']]);
  });

  it('lists each shared camera once, with its owner, merged across the v3 list and the single device', () => {
    expect(records.ringDevices?.map((d) => [d.id, d.name, d.category, d.owned, d.sharedWithYou, d.owner?.name, d.locationId])).toEqual([
      ['70030001', 'Haustür Eltern', 'doorbell', false, true, 'Greta Beispiel', LOCATION],
      ['70030002', 'Einfahrt Eltern', 'camera', false, true, 'Greta Beispiel', LOCATION],
      ['70030003', 'Garten Eltern', 'camera', false, true, 'Greta Beispiel', LOCATION],
    ]);
  });

  it('gives each camera its police path from the v3 settings, naming the source', () => {
    expect(ringPolicePaths(records).map((p) => [p.deviceId, p.state, p.retentionDays, p.evidence])).toEqual([
      ['70030001', 'open', 180, 'ring.device-info'],
      ['70030002', 'closed-e2ee', 30, 'ring.device-info'],
      ['70030003', 'open', 60, 'ring.device-info'],
    ]);
  });

  it("finds shared-with-you for every camera, and the owner's address on the shared location", () => {
    const findings = runChecks(records);
    expect(findings.filter((f) => f.id === 'ring.shared-with-you').map((f) => [f.subject.id, f.details['ownerName']])).toEqual([
      ['70030001', 'Greta Beispiel'],
      ['70030002', 'Greta Beispiel'],
      ['70030003', 'Greta Beispiel'],
    ]);
    expect(findings.filter((f) => f.id === 'ring.e2ee-off').map((f) => [f.subject.id, f.evidence.source, f.evidence.field])).toEqual([
      ['70030001', 'ring.device-info', 'device.settings.video_settings.encryption_enabled'],
      ['70030003', 'ring.device-info', 'device.settings.video_settings.encryption_enabled'],
    ]);
    expect(findings.filter((f) => f.id === 'ring.familiar-faces').map((f) => f.subject.id)).toEqual(['70030001']);
    const precise = findings.find((f) => f.id === 'ring.location-precise');
    expect(precise?.subject).toEqual({ type: 'location', id: LOCATION, name: 'Elternhaus' });
    expect(precise?.details).toMatchObject({ addressOf: 'owner', ownerName: 'Greta Beispiel' });
  });

  it('keeps the location once, marked as not owned', () => {
    expect(records.ringLocations?.map((l) => [l.id, l.owned, l.ownerId, l.hasStreetAddress, l.coordinateDecimals])).toEqual([
      [LOCATION, false, '4300001', true, 6],
    ]);
  });
});

describe("alexpose scan over the shared user's saved JSON files", () => {
  const files = [
    'ring-devices.json',
    'devices-v1-locations.json',
    'location-info-v3-locations.json',
    'device-info-v3-devices.json',
    'device-info-v3-70030003.json',
  ].map((f) => resolve(SHARED, f));

  async function cli(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), now: () => NOW, env: {} });
    return { code, stdout, stderr };
  }

  it('shows the cameras, their owner and police paths (JSON report, valid against the schema)', async () => {
    const { code, stdout, stderr } = await cli(['scan', '--format', 'json', ...files]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(reportIssues(report)).toEqual([]);
    expect(report.sources.map((s) => s.status)).toEqual(['read', 'read', 'read', 'read', 'read']);
    expect(report.devices.map((d) => [d.id, d.owned, d.via.kind, d.via.name])).toEqual([
      ['70030001', false, 'shared-by-owner', 'Greta Beispiel'],
      ['70030002', false, 'shared-by-owner', 'Greta Beispiel'],
      ['70030003', false, 'shared-by-owner', 'Greta Beispiel'],
    ]);
    expect(report.policePaths?.map((p) => [p.deviceId, p.state, p.retentionDays])).toEqual([
      ['70030001', 'open', 180],
      ['70030002', 'closed-e2ee', 30],
      ['70030003', 'open', 60],
    ]);
  });

  it('reads the same account from a HAR, placing each response by its URL', async () => {
    const { code, stdout, stderr } = await cli(['scan', '--format', 'json', resolve(SHARED, 'account.har')]);
    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout) as Report;
    expect(report.sources.map((s) => [s.id, s.status, s.location])).toEqual([
      ['ring.devices', 'read', '/api/cgw/clients_api/ring_devices'],
      ['ring.locations', 'read', '/api/cgw/devices/v1/locations'],
      ['ring.locations', 'read', '/api/cgw/location_info/v3/locations'],
      ['ring.device-info', 'read', '/api/cgw/device_info/v3/devices'],
      ['ring.device-info', 'read', '/api/cgw/device_info/v3/devices/70030003'],
    ]);
    expect(report.policePaths?.map((p) => `${p.deviceId} ${p.state} ${p.retentionDays} ${p.evidence}`)).toEqual([
      '70030001 open 180 ring.device-info',
      '70030002 closed-e2ee 30 ring.device-info',
      '70030003 open 60 ring.device-info',
    ]);
    expect(report.findings.filter((f) => f.id === 'ring.shared-with-you').map((f) => f.details['ownerName'])).toEqual([
      'Greta Beispiel',
      'Greta Beispiel',
      'Greta Beispiel',
    ]);
  });

  it("says in German that the shared location holds its owner's address, not yours", async () => {
    const { code, stdout } = await cli(['scan', '--lang', 'de', ...files]);
    expect(code).toBe(0);
    expect(stdout).toContain('Dieser geteilte Standort ist mit der genauen Adresse seines Eigentümers gespeichert — Elternhaus');
    expect(stdout).not.toContain('mit Ihrer genauen Adresse');
    expect(stdout.match(/Sie sehen ein Gerät, das jemand anderem gehört/g)).toHaveLength(3);
  });
});
