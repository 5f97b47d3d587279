/**
 * access[]: who and what can see, hear or act on the home, from every source that names them, on fixtures in the
 * real shapes (test/fixtures/ring/access/README.md names the evidence). The holder is never listed; no e-mail
 * address, phone number or token ever is.
 */
import { buildReport } from '../../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../../../src/sources/read-capture.ts';
import { reportIssues } from '../../../../src/model/report-schema.ts';
import type { Locale } from '../../../../src/i18n/translate.ts';
import type { Report, ReportAccessEntry } from '../../../../src/model/report.ts';
import type { SourceResult } from '../../../../src/model/records.ts';
import {
  ALEXA_API,
  AMAZON_DE,
  NOW,
  RING_API,
  alexaCapture,
  alexaFixtureJson,
  alexaFixtureOutline,
  fixtureJson,
  fixtureOutline,
  outlineCapture,
} from '../../fixtures.ts';

const HOME = '9f2d5a7e-0000-4000-8000-000000000001';
const NEIGHBOUR = '5b1e0c4d-0000-4000-8000-0000000000aa';

const json = (url: string, body: unknown): SourceResult => readCapture({ url, via: 'page-fetch', body, capturedAt: NOW });
const report = (results: SourceResult[], locale: Locale = 'en'): Report =>
  buildReport(results, { t: bundledTranslator(locale), locale, toolVersion: '0.1.0', now: NOW });
const names = (r: Report, kind?: ReportAccessEntry['kind']) => (r.access ?? []).filter((e) => !kind || e.kind === kind).map((e) => e.name);
const entry = (r: Report, name: string) => r.access?.find((e) => e.name === name);

/** The user's Ring account: profile, own locations and a neighbour's shared one, both users lists. */
function ringPeople(): SourceResult[] {
  return [
    json(`${RING_API}/clients_api/session`, fixtureJson('session.json')),
    json(`${RING_API}/devices/v1/locations`, fixtureJson('locations.json')),
    json(`${RING_API}/location_info/v3/locations`, fixtureJson('shared-user/location-info-v3-locations.json')),
    json(`${RING_API}/clients_api/locations/${HOME}/users`, fixtureJson(`access/users-${HOME}.json`)),
    json(`${RING_API}/clients_api/locations/${NEIGHBOUR}/users`, fixtureJson(`access/users-${NEIGHBOUR}.json`)),
  ];
}

const controlCenter = (name = 'control-center-en.html') => readCapture(outlineCapture(fixtureOutline(name)));

function amazonAccount(): SourceResult[] {
  return [
    json(`${ALEXA_API}/api/devices-v2/device`, alexaFixtureJson('devices-v2.json')),
    json(`${ALEXA_API}/api/household`, alexaFixtureJson('household.json')),
    json(`${AMAZON_DE}/alexa-privacy/apd/rvh/persons-in-household`, alexaFixtureJson('persons-in-household.json')),
    json(`${AMAZON_DE}/hz/mycd/digital-console/ajax`, alexaFixtureJson('mycd-devices.json')),
    readCapture(alexaCapture(`${AMAZON_DE}/ap/adam`, alexaFixtureOutline('apps-with-access-de.html'), 'page-outline')),
  ];
}

describe('access from the Ring location users list', () => {
  const r = report(ringPeople());

  it('lists the people of the own home once each, with role, devices, place and whether they verified', () => {
    expect(names(r, 'person').sort()).toEqual(['Jo Ehemals', 'Sam Beispiel']);
    expect(entry(r, 'Sam Beispiel')).toMatchObject({
      id: 'ring:person:4100003',
      service: 'ring',
      verified: true,
      detail: 'Shared User · can see 2 devices · at Zuhause',
      evidence: { source: 'ring.location-users', field: '[].devices[].role' },
      firstSeen: null,
    });
    expect(entry(r, 'Jo Ehemals')).toMatchObject({ verified: false, detail: 'Shared User · can see 1 device · at Zuhause' });
  });

  it("leaves out the holder and the people of a neighbour's location shared with the user", () => {
    expect(names(r)).not.toContain('Alex Muster');
    expect(names(r)).not.toContain('Dritte Person');
    expect(names(r)).not.toContain('Nachbar Eigentümer');
  });

  it('keeps no e-mail address', () => {
    expect(JSON.stringify(r.access)).not.toMatch(/@|example\.invalid/);
  });

  it('says it in German, counts through the plural rules', () => {
    const de = report(ringPeople(), 'de');
    expect(entry(de, 'Sam Beispiel')?.detail).toBe('Gemeinsamer Nutzer · sieht 2 Geräte · am Standort Zuhause');
    expect(entry(de, 'Jo Ehemals')?.detail).toBe('Gemeinsamer Nutzer · sieht 1 Gerät · am Standort Zuhause');
    expect(entry(de, 'Sam Beispiel')?.remove.url).toBe('https://ring.com/de/de/support/articles/clv68/adding-and-managing-shared-and-guest-users');
  });
});

describe('access from the Ring Control Center', () => {
  it.each(['control-center-en.html', 'control-center-de.html'])('%s: clients with the page\'s own "last active", services, devices', (page) => {
    const r = report([controlCenter(page)]);
    expect(names(r, 'client')).toHaveLength(3);
    expect(names(r, 'service').length).toBeGreaterThanOrEqual(2);
    expect(names(r, 'device')).toHaveLength(1);
    expect(JSON.stringify(r.access)).not.toMatch(/@|\*{3}/);
  });

  it('splits each line into the name and what the page says about it', () => {
    const r = report([controlCenter()]);
    expect(entry(r, 'Pixel 8')).toMatchObject({
      kind: 'client',
      detail: 'Ring app · Berlin, DE · last active today',
      verified: null,
      evidence: { source: 'ring.control-center', field: 'Authorized Client Devices' },
      remove: { url: 'https://account.ring.com/account/control-center/authorized-devices' },
    });
    expect(entry(r, 'ring-client-api')?.detail).toBe('last active 3 months ago');
    expect(names(r, 'service')).toEqual(expect.arrayContaining(['Google Home', 'IFTTT']));
    expect(entry(r, 'Echo Show 8 (Kitchen)')).toMatchObject({ kind: 'device', detail: 'can show your Ring cameras through the Ring skill' });
    expect(entry(r, 'Echo Show 8 (Kitchen)')?.remove.steps.length).toBeGreaterThan(0);
  });

  it('names the shared users of its list when no location users list was read, and each person once when both were', () => {
    const alone = report([controlCenter()]);
    expect(entry(alone, 'Sam Beispiel')).toMatchObject({ kind: 'person', detail: 'Shared User · 2 devices', verified: null });
    const both = report([...ringPeople(), controlCenter()]);
    expect(names(both, 'person').filter((n) => n === 'Sam Beispiel')).toHaveLength(1);
    expect(entry(both, 'Sam Beispiel')?.evidence.source).toBe('ring.location-users');
  });

  it('without the list of Amazon devices, the Amazon link itself, never its e-mail address', () => {
    const outline = fixtureOutline('control-center-en.html');
    const withoutList = { ...outline, lists: outline.lists.filter((l) => !/Amazon Devices/.test(l.heading)) };
    const r = report([readCapture(outlineCapture(withoutList))]);
    expect(entry(r, 'Amazon (Alexa)')).toMatchObject({ kind: 'service', detail: 'your Ring account is linked to an Amazon account' });
    expect(JSON.stringify(r.access)).not.toContain('example.invalid');
  });
});

describe('access from Key by Amazon and monitoring', () => {
  it('names Key by Amazon with the doors it opens and a monitoring centre that may watch', () => {
    const r = report([
      json(`${RING_API}/clients_api/ring_devices`, fixtureJson('ring-devices-privacy.json')),
      json(`${RING_API}/integrations/amazonkey/v2/devices/lock_associations`, fixtureJson('lock-associations.json')),
      json(`${RING_API}/devices/v1/locations`, fixtureJson('locations.json')),
      json(`https://account.ring.com/api/cgw/rs/monitoring/accounts/${HOME}`, fixtureJson(`monitoring-${HOME}.json`)),
    ]);
    expect(entry(r, 'Key by Amazon')?.detail).toMatch(/^delivery drivers can open · /);
    expect(names(r, 'service')).toContain('Ring monitoring centre');
  });
});

describe('access from the Amazon account', () => {
  const r = report(amazonAccount());

  it('lists the other household members and voice profiles, not the holder (the owner of the Echos)', () => {
    expect(names(r, 'person').sort()).toEqual(['Mia', 'Mia', 'Sam', 'Sam Beispiel']);
    expect(entry(r, 'Sam Beispiel')).toMatchObject({ service: 'alexa', detail: 'adult in your Amazon Household: shares your devices and content' });
    expect(r.access?.find((e) => e.id.includes('voice-profile') && e.name === 'Mia')?.detail).toBe('Alexa voice profile (child)');
    expect(names(r, 'person')).not.toContain('Alex Muster');
    expect(names(r, 'person')).not.toContain('Alex');
    expect(JSON.stringify(r.access)).not.toMatch(/@|A2EXAMPLE0CUSTOMER/);
  });

  it('without the Echo list the holder cannot be told apart and is listed with the others', () => {
    const without = report(amazonAccount().filter((x) => x.source.id !== 'alexa.devices'));
    expect(names(without, 'person')).toContain('Alex Muster');
  });

  it("lists Login-with-Amazon apps and registered devices, removed on the account's own marketplace", () => {
    expect(names(r, 'app').length).toBeGreaterThan(0);
    expect(r.access?.filter((e) => e.kind === 'app').every((e) => e.remove.url === 'https://www.amazon.de/ap/adam')).toBe(true);
    const devices = r.access?.filter((e) => e.kind === 'device') ?? [];
    expect(devices).toHaveLength(5);
    expect(devices.every((e) => e.remove.url === 'https://www.amazon.de/hz/mycd/digital-console/alldevices')).toBe(true);
  });
});

describe('the contract', () => {
  it.each(['en', 'de'] as const)('validates against ReportSchema and lists kinds in order (%s)', (locale) => {
    const r = report([...ringPeople(), controlCenter(), ...amazonAccount()], locale);
    expect(reportIssues(r)).toEqual([]);
    const kinds = (r.access ?? []).map((e) => e.kind);
    expect(kinds).toEqual(
      [...kinds].sort((a, b) => ['person', 'client', 'service', 'device', 'app'].indexOf(a) - ['person', 'client', 'service', 'device', 'app'].indexOf(b)),
    );
    expect(new Set(r.access?.map((e) => e.id)).size).toBe(r.access?.length);
    for (const e of r.access ?? []) expect(e.remove.steps.every((s) => s.length > 0 && !s.startsWith('finding_'))).toBe(true);
  });

  it('is empty, not absent, when nothing names anyone', () => {
    expect(report([json(`${RING_API}/clients_api/session`, fixtureJson('session.json'))]).access).toEqual([]);
  });
});
