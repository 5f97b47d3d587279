// @vitest-environment node
/**
 * Issue 24 (items 2 and 3): whose subject a finding is about, and the account's own word over regional assumptions.
 * Fixtures in test/fixtures/ring/ownership and test/fixtures/ring/shared-user (shapes and their public evidence in
 * that folder's README): a German owner with a neighbour's shared doorbell, a US shared user whose cameras are only
 * in device_info/v3, a device document with `authorization.role: "shared_user"` (python-ring-doorbell #520), a German
 * profile with `features.nw_enabled`/`nw_user_activated`, a German floodlight with `is_sidewalk_gateway: true`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildReport } from '../../../src/report/build-report.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { Locale } from '../../../src/i18n/translate.ts';
import type { SourceResult } from '../../../src/model/records.ts';
import type { Report } from '../../../src/model/report.ts';
import { FIXTURE_DIR, NOW, RING_API } from '../fixtures.ts';
import { formatText } from '../../../src/report/format-text.ts';
import { formatMarkdown } from '../../../src/report/format-markdown.ts';

const json = (path: string): unknown => JSON.parse(readFileSync(resolve(FIXTURE_DIR, path), 'utf8')) as unknown;
const read = (endpoint: string, path: string): SourceResult =>
  readCapture({ url: `${RING_API}/${endpoint}`, via: 'page-fetch', body: json(path), capturedAt: NOW });
const report = (results: SourceResult[], locale: Locale = 'en'): Report =>
  buildReport(results, { t: bundledTranslator(locale), locale, toolVersion: 't', now: NOW });

const NEIGHBOUR = '70050009';
const OWN_DOORBELL = '70050001';
const germanOwner = () => [
  read('clients_api/session', 'ownership/session-de-neighbors.json'),
  read('clients_api/ring_devices', 'ownership/ring-devices-neighbour-doorbell.json'),
];
/** The same account without the neighbour's doorbell: what the grade must equal. */
const withoutNeighbour = () => {
  const list = json('ownership/ring-devices-neighbour-doorbell.json') as Record<string, unknown[]>;
  return [
    read('clients_api/session', 'ownership/session-de-neighbors.json'),
    readCapture({ url: `${RING_API}/clients_api/ring_devices`, via: 'page-fetch', body: { ...list, authorized_doorbots: [] }, capturedAt: NOW }),
  ];
};

describe("a German owner with a neighbour's shared doorbell", () => {
  const r = report(germanOwner());

  it('marks every finding and the police path about the neighbour’s doorbell as set by its owner, by name', () => {
    const theirs = r.findings.filter((f) => f.subject.id === NEIGHBOUR);
    expect(theirs.map((f) => f.id)).toEqual(expect.arrayContaining(['ring.audio-recording', 'ring.e2ee-off', 'ring.shared-with-you']));
    for (const f of theirs) expect([f.id, f.controlledBy, f.ownerName]).toEqual([f.id, 'owner', 'Nils Nachbar']);
    for (const f of r.findings.filter((x) => x.subject.id === OWN_DOORBELL)) expect(f.controlledBy).toBeUndefined();
    expect(r.policePaths?.find((p) => p.deviceId === NEIGHBOUR)).toMatchObject({ state: 'open', controlledBy: 'owner', ownerName: 'Nils Nachbar' });
    expect(r.policePaths?.find((p) => p.deviceId === OWN_DOORBELL)?.controlledBy).toBeUndefined();
    expect(reportIssues(r)).toEqual([]);
  });

  it('grades and charges only what the user controls', () => {
    const own = report(withoutNeighbour());
    expect(r.summary?.score).toBe(own.summary?.score);
    expect(r.summary?.grade).toBe(own.summary?.grade);
    expect(r.summary?.costs.map((c) => c.subjectName)).not.toContain('Nachbars Klingel');
    // The neighbour's open police path alone would cost 30 % of the score: it is not counted.
    expect(r.summary?.score).toBeGreaterThan(70);
  });

  it.each([
    ['en', 'Ask Nils Nachbar to turn off audio recording', '1 camera shared with you: Ring can open its videos — set by Nils Nachbar'],
    ['de', 'Bitten Sie Nils Nachbar: Tonaufnahme ausschalten', '1 Kamera mit Ihnen geteilt: Ring kann ihre Videos öffnen – festgelegt durch Nils Nachbar'],
  ] as const)('asks the neighbour instead of offering their setting as a fix, below the user’s own (%s)', (locale, ask, line) => {
    const actions = report(germanOwner(), locale).summary!.actions;
    const owners = actions.filter((a) => a.controlledBy === 'owner');
    const own = actions.filter((a) => a.controlledBy === undefined);
    expect(own.flatMap((a) => a.devices.map((d) => d.id))).not.toContain(NEIGHBOUR);
    expect(owners.length).toBeGreaterThan(0);
    for (const a of owners) expect([a.ownerName, a.devices.map((d) => d.id), a.place.url]).toEqual(['Nils Nachbar', [NEIGHBOUR], null]);
    expect(owners.map((a) => a.title)).toContain(ask);
    // Every owner-only action comes after every action the user can take.
    const firstOwner = actions.findIndex((a) => a.controlledBy === 'owner');
    expect(actions.slice(firstOwner).every((a) => a.controlledBy === 'owner')).toBe(true);
    expect(report(germanOwner(), locale).summary?.sharedWithYou?.map((s) => s.text)).toEqual([line]);
  });
});

describe('a shared user whose cameras are only in device_info/v3', () => {
  const shared = () => [
    read('clients_api/ring_devices', 'shared-user/ring-devices.json'),
    read('devices/v1/locations', 'shared-user/devices-v1-locations.json'),
    read('location_info/v3/locations', 'shared-user/location-info-v3-locations.json'),
    read('device_info/v3/devices', 'shared-user/device-info-v3-devices.json'),
    read('device_info/v3/devices/70030003', 'shared-user/device-info-v3-70030003.json'),
  ];

  it('has no action of its own about the owner’s cameras or location, and no grade from them', () => {
    const r = report(shared());
    const ring = r.summary!.actions.filter((a) => a.service === 'ring');
    expect(ring.length).toBeGreaterThan(0);
    expect(ring.filter((a) => a.controlledBy !== 'owner').flatMap((a) => a.devices.filter((d) => d.type !== 'account'))).toEqual([]);
    expect(ring.every((a) => a.controlledBy !== 'owner' || a.ownerName === 'Greta Beispiel')).toBe(true);
    // The location the user was invited to (is_owner: false) is the owner's too.
    const location = r.findings.find((f) => f.subject.type === 'location');
    expect(location).toMatchObject({ controlledBy: 'owner', ownerName: 'Greta Beispiel' });
    expect(r.summary?.costs).toEqual([]);
    expect(r.summary?.score).toBe(100);
    // …and the owner's cameras are said on their own line, not hidden: two of three are open to Ring.
    expect(r.summary?.sharedWithYou).toEqual([
      expect.objectContaining({
        ownerName: 'Greta Beispiel',
        openPolicePaths: 2,
        text: '2 cameras shared with you: Ring can open their videos — set by Greta Beispiel',
      }),
    ]);
    expect(r.summary?.coverage.gaps.filter((g) => g.source === 'ring.device-settings')).toEqual([]);
    expect(reportIssues(r)).toEqual([]);
  });

  it('says the owner’s cameras next to the grade in the CLI’s text and Markdown, and lists no ask as a fix', () => {
    const r = report(shared());
    const t = bundledTranslator('en');
    for (const out of [formatText(r, t), formatMarkdown(r, t)]) {
      expect(out).toContain('2 cameras shared with you: Ring can open their videos — set by Greta Beispiel');
      expect(out).not.toMatch(/\d\. Ask Greta/);
    }
  });

  it('reads `authorization.role: "shared_user"` of devices/v1/devices/{id}: a device no list marks as shared is still the owner’s', () => {
    // A device list entry that states no ownership (no `owned`, not in authorized_doorbots)…
    const entry = { ...(json('ownership/ring-devices-neighbour-doorbell.json') as { doorbots: Record<string, unknown>[] }).doorbots[0] };
    delete entry['owned'];
    delete entry['owner'];
    const list = {
      doorbots: [{ ...entry, id: 70030001, settings: { enable_audio_recording: true } }],
      authorized_doorbots: [],
      stickup_cams: [],
      chimes: [],
      base_stations: [],
      beams_bridges: [],
      other: [],
    };
    const devices = readCapture({ url: `${RING_API}/clients_api/ring_devices`, via: 'page-fetch', body: list, capturedAt: NOW });
    const before = report([devices]);
    expect(before.findings.find((f) => f.id === 'ring.audio-recording')?.controlledBy).toBeUndefined();
    // …and its own document, which gives this account the role of a shared user.
    const access = read('devices/v1/devices/70030001', 'shared-user/devices-v1-device-70030001.json');
    expect(access.source).toMatchObject({ id: 'ring.device', status: 'read' });
    expect(access.records.ringDeviceAccess).toEqual([{ deviceId: '70030001', role: 'shared_user' }]);
    const after = report([devices, access]);
    expect(after.findings.find((f) => f.id === 'ring.audio-recording')?.controlledBy).toBe('owner');
    expect(after.summary?.actions.find((a) => a.findingId === 'ring.audio-recording')?.controlledBy).toBe('owner');
  });
});

describe("the account's own word over regional assumptions", () => {
  it.each(['en', 'de'] as const)('a German profile with Neighbors on gets the Neighbors finding, with the note (%s)', (locale) => {
    const r = report([read('clients_api/session', 'ownership/session-de-neighbors.json')], locale);
    const f = r.findings.find((x) => x.id === 'ring.neighbors');
    expect(f).toMatchObject({ risk: 'medium', evidence: { source: 'ring.profile', field: 'features.nw_user_activated' }, details: { notOfferedIn: 'DE' } });
    expect(f?.explanation).toBe(bundledTranslator(locale)('finding_outside_region_ring', ['DE', 'US']));
    expect(f?.explanation).toMatch(locale === 'en' ? /your account reports it switched on/ : /Ihr Konto meldet sie aber als eingeschaltet/);
    expect(r.summary?.actions.map((a) => a.findingId)).toContain('ring.neighbors');
  });

  it('a German floodlight that reports itself a Sidewalk gateway is a Sidewalk finding; the chime that does not is none', () => {
    const r = report([
      read('clients_api/session', 'ownership/session-de-neighbors.json'),
      read('clients_api/ring_devices', 'ownership/ring-devices-de-sidewalk-bridge.json'),
    ]);
    const sidewalk = r.findings.filter((f) => f.id === 'ring.sidewalk');
    expect(sidewalk.map((f) => [f.subject.id, f.risk, f.evidence.field, f.details['notOfferedIn']])).toEqual([
      ['70050002', 'medium', 'is_sidewalk_gateway', 'DE'],
    ]);
  });

  it('a profile that says Neighbors is off gives no Neighbors finding anywhere', () => {
    const body = json('ownership/session-de-neighbors.json') as { profile: { features: Record<string, boolean> } };
    const off = { profile: { ...body.profile, features: { ...body.profile.features, nw_user_activated: false } } };
    const r = report([readCapture({ url: `${RING_API}/clients_api/session`, via: 'page-fetch', body: off, capturedAt: NOW })]);
    expect(r.findings.map((f) => f.id)).not.toContain('ring.neighbors');
  });
});
