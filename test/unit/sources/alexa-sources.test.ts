// @vitest-environment node
/** The Alexa app and Amazon account JSON sources over the hand-written fixtures (test/fixtures/alexa/README.md). */
import { readCapture, recognizesUrl } from '../../../src/sources/read-capture.ts';
import { skillIdFromBase64 } from '../../../src/sources/alexa/alexa-endpoints.ts';
import { amazonEndpointOf } from '../../../src/sources/alexa/endpoints.ts';
import { ALEXA_SOURCES } from '../../../src/sources/alexa/alexa-sources.ts';
import type { SmartHomeEndpoint } from '../../../src/model/alexa.ts';
import { ALEXA_API, AMAZON_DE, APPLIANCE, ECHO_DOT, ECHO_SHOW, SKILL, alexaCapture, alexaFixtureJson } from '../fixtures.ts';

const read = (url: string | null, body: unknown) => readCapture(alexaCapture(url, body));
const PRIVACY = `${AMAZON_DE}/alexa-privacy/apd`;

describe('alexa.devices (api/devices-v2/device)', () => {
  const result = read(`${ALEXA_API}/api/devices-v2/device?cached=true&_=1795198200000`, alexaFixtureJson('devices-v2.json'));
  const devices = result.records.alexaDevices ?? [];

  it('reads the two Echos and skips the Alexa app entry', () => {
    expect(result.source).toMatchObject({ id: 'alexa.devices', service: 'alexa', status: 'read', origin: ALEXA_API, location: '/api/devices-v2/device' });
    expect(devices.map((d) => [d.serial, d.name, d.family, d.deviceType, d.online])).toEqual([
      [ECHO_SHOW.serial, 'Echo Show Küche', 'KNIGHT', 'A15996VY63BQ2D', true],
      [ECHO_DOT.serial, 'Echo Dot Wohnzimmer', 'ECHO', 'A32DOYMUN6DTXA', true],
    ]);
    expect(JSON.stringify(result)).not.toMatch(/5c0a1e7d9b2f4e6a8c1d3f5b7a9e0c24|A1EXAMPLE0APPACCT0|Pixel 8/);
  });

  it('keeps the capabilities and the device account id of each Echo', () => {
    const [show, dot] = devices;
    expect(show?.deviceAccountId).toBe(ECHO_SHOW.deviceAccountId);
    expect(dot?.deviceAccountId).toBe(ECHO_DOT.deviceAccountId);
    expect(show?.capabilities).toEqual(expect.arrayContaining(['LIVE_VIEW', 'ALEXA_PRESENCE', 'SOUND_EVENT_DETECTION', 'CAMERA_SHUTTER']));
    expect(show?.capabilities).toHaveLength(45);
    expect(dot?.capabilities).toEqual(expect.arrayContaining(['ALEXA_PRESENCE', 'SOUND_EVENT_DETECTION']));
    expect(dot?.capabilities).not.toContain('LIVE_VIEW');
  });

  it('keeps no Wi-Fi name, MAC address, postal code or owner id', () => {
    expect(JSON.stringify(result)).not.toMatch(/FRITZ|4C:EF:C0|68:54:FD|10115|A2EXAMPLE0CUSTOMER/);
  });

  it('skips a device without serial with a warning, and is an error without a devices list', () => {
    const partial = read(`${ALEXA_API}/api/devices-v2/device`, { devices: [{ deviceFamily: 'ECHO' }, { serialNumber: 'S1', deviceFamily: 'ECHO' }] });
    expect(partial.records.alexaDevices?.map((d) => [d.serial, d.name])).toEqual([['S1', 'S1']]);
    expect(partial.source).toMatchObject({
      status: 'partial',
      diagnostics: [expect.objectContaining({ code: 'missing-id', at: 'devices[0]' }), expect.objectContaining({ code: 'entries-unreadable', at: 'devices' })],
    });
    expect(read(`${ALEXA_API}/api/devices-v2/device`, { nope: [] }).source.status).toBe('error');
  });
});

describe('alexa.smart-home (nexus/v1/graphql Endpoints)', () => {
  const result = read(`${ALEXA_API}/nexus/v1/graphql`, alexaFixtureJson('graphql-endpoints.json'));
  const endpoints = result.records.alexaEndpoints ?? [];
  const byId = (id: string) => endpoints.find((e) => e.id === id) as SmartHomeEndpoint;
  /** `{ interface: [proactivelyReported, retrievable] }`, the README table's p and r. */
  const pr = (e: SmartHomeEndpoint) => Object.fromEntries(e.interfaces.map((i) => [i.name, [i.proactivelyReported, i.retrievable]]));

  it('reads all six endpoints, keyed by applianceId', () => {
    expect(result.source).toMatchObject({ id: 'alexa.smart-home', status: 'read', diagnostics: [] });
    expect(endpoints.map((e) => e.id).sort()).toEqual(Object.values(APPLIANCE).sort());
    expect(endpoints.map((e) => [e.id, e.name]).sort()).toEqual(
      [
        [APPLIANCE.thermostat, 'Wohnzimmer Thermostat'],
        [APPLIANCE.lock, 'Haustür'],
        [APPLIANCE.echoShow, 'Echo Show Küche'],
        [APPLIANCE.light, 'Küchenlicht'],
        [APPLIANCE.camera, 'Garten Kamera'],
        [APPLIANCE.sensor, 'Flur Sensor'],
      ].sort(),
    );
  });

  it('tells the path: vendor skill, Amazon device (by serial) or Amazon cloud service', () => {
    expect(Object.fromEntries(endpoints.map((e) => [e.id, e.path]))).toEqual({
      [APPLIANCE.thermostat]: { kind: 'skill', id: SKILL.ecobee },
      [APPLIANCE.lock]: { kind: 'skill', id: SKILL.nuki },
      [APPLIANCE.echoShow]: { kind: 'amazon-device', id: ECHO_SHOW.serial },
      [APPLIANCE.light]: { kind: 'amazon-cloud', id: 'SonarCloudService' },
      [APPLIANCE.camera]: { kind: 'skill', id: SKILL.vigilo },
      [APPLIANCE.sensor]: { kind: 'skill', id: SKILL.zukunftshaus },
    });
  });

  it('decodes the same skill id from the applianceId as from the driver identity, equal to Your Skills', () => {
    const skills = (read('https://skills-store.amazon.de/app/secure/your-skills-page', alexaFixtureJson('your-skills.json')).records.alexaSkills ?? []).map(
      (s) => s.skillId,
    );
    for (const e of endpoints.filter((x) => x.path.kind === 'skill')) {
      expect(skillIdFromBase64(e.id.split('_')[1] ?? ''), e.name).toBe(e.path.id);
    }
    expect(skills).toEqual(expect.arrayContaining([SKILL.ecobee, SKILL.nuki, SKILL.vigilo]));
    expect(skills).not.toContain(SKILL.zukunftshaus); // deliberately absent: attribution by id alone
  });

  it('reads proactivelyReported / retrievable per interface exactly as the README table', () => {
    expect(pr(byId(APPLIANCE.thermostat))).toEqual({
      Alexa: [null, null],
      'Alexa.ThermostatController': [true, true],
      'Alexa.TemperatureSensor': [true, true],
    });
    expect(pr(byId(APPLIANCE.lock))).toEqual({ Alexa: [null, null], 'Alexa.LockController': [true, true], 'Alexa.EndpointHealth': [true, true] });
    expect(pr(byId(APPLIANCE.echoShow))).toEqual({
      'Alexa.RTCSessionController': [null, null],
      'Alexa.EventDetectionSensor': [true, false],
      'Alexa.AcousticEventSensor': [true, false],
      'Alexa.EndpointHealth': [true, false],
    });
    expect(pr(byId(APPLIANCE.light))).toEqual({ Alexa: [null, null], 'Alexa.PowerController': [false, true], 'Alexa.BrightnessController': [false, true] });
    expect(pr(byId(APPLIANCE.camera))).toEqual({ 'Alexa.CameraStreamController': [null, null] });
    expect(pr(byId(APPLIANCE.sensor))).toEqual({ Alexa: [null, null], 'Alexa.FutureThingController': [true, false] });
  });

  it('keeps the property names of reported interfaces', () => {
    const acoustic = byId(APPLIANCE.echoShow).interfaces.find((i) => i.name === 'Alexa.AcousticEventSensor');
    expect(acoustic?.properties).toEqual([
      'glassBreakDetectionState',
      'smokeAlarmDetectionState',
      'carbonMonoxideSirenDetectionState',
      'beepingApplianceDetectionState',
      'detectionModes',
    ]);
    expect(byId(APPLIANCE.lock).interfaces.find((i) => i.name === 'Alexa.LockController')?.properties).toEqual(['lockState']);
  });

  it('keeps the keys of the vendor details, never their values', () => {
    expect(byId(APPLIANCE.camera).vendorDetailKeys).toEqual(expect.arrayContaining(['user_id', 'region']));
    expect(byId(APPLIANCE.thermostat).vendorDetailKeys).toContain('thermostatId');
    expect(byId(APPLIANCE.lock).vendorDetailKeys).toEqual(expect.arrayContaining(['smartlockId', 'accountId']));
    expect(byId(APPLIANCE.sensor).vendorDetailKeys).toContain('hubSerial');
    const text = JSON.stringify(result);
    expect(text).not.toContain('7730165');
    expect(text).not.toContain('eu-central');
    expect(text).not.toContain('nuki-acc-880451');
  });

  it('reads the newer listEndpoints shape and warns about GraphQL errors', () => {
    const body = {
      data: {
        listEndpoints: {
          endpoints: [
            { endpointId: 'E1', friendlyName: 'Plug', displayCategories: { primary: { value: 'SMARTPLUG' } }, manufacturer: { value: { text: 'Maker' } } },
          ],
        },
      },
      errors: [{ message: 'partial' }],
    };
    const r = read(`${ALEXA_API}/nexus/v1/graphql`, body);
    expect(r.records.alexaEndpoints).toEqual([
      {
        id: 'E1',
        name: 'Plug',
        category: 'SMARTPLUG',
        maker: 'Maker',
        path: { kind: 'unknown', id: null },
        interfaces: [],
        vendorDetailKeys: [],
        aliases: [],
        origin: 'graphql',
        // No legacyAppliance.capabilities: whether it reports to Amazon is unknown, and the source says so.
        interfacesRead: false,
      },
    ]);
    expect(r.source).toMatchObject({
      status: 'partial',
      diagnostics: [
        expect.objectContaining({ code: 'graphql-errors' }),
        expect.objectContaining({ code: 'graphql-error', message: 'GraphQL error: partial.' }),
        expect.objectContaining({ code: 'interfaces-unknown', at: 'items[0]' }),
      ],
    });
  });

  it('is an error for a GraphQL answer without endpoints', () => {
    const r = read(`${ALEXA_API}/nexus/v1/graphql`, { data: { somethingElse: {} } });
    expect(r.source.status).toBe('error');
    expect(r.records).toEqual({ alexaEndpoints: [] });
  });
});

describe('alexa.device-setting (liveView)', () => {
  it('decodes the JSON-string value "\\"ENABLED\\"" to ENABLED', () => {
    const r = read(`${ALEXA_API}/api/v1/devices/${ECHO_SHOW.deviceAccountId}/settings/liveView`, alexaFixtureJson('liveview-setting.json'));
    expect(r.source).toMatchObject({ id: 'alexa.device-setting', status: 'read' });
    expect(r.records.alexaDeviceSettings).toEqual([{ deviceAccountId: ECHO_SHOW.deviceAccountId, key: 'liveView', value: 'ENABLED' }]);
  });

  it('takes account and key from the path when the body lacks them, and keeps a plain string value', () => {
    const r = read(`${ALEXA_API}/api/v1/devices/ACC%231/settings/liveView`, { value: 'DISABLED' });
    expect(r.records.alexaDeviceSettings).toEqual([{ deviceAccountId: 'ACC#1', key: 'liveView', value: 'DISABLED' }]);
  });
});

describe('alexa.household and amazon.persons', () => {
  it('reads the three household accounts with role, and no e-mail address', () => {
    const r = read(`${ALEXA_API}/api/household`, alexaFixtureJson('household.json'));
    expect(r.source).toMatchObject({ id: 'alexa.household', status: 'read' });
    expect(r.records.alexaHousehold).toEqual([
      { id: 'A2EXAMPLE0CUSTOMER', name: 'Alex Muster', role: 'ADULT', kind: 'account' },
      { id: 'A3EXAMPLE0SECONDAD', name: 'Sam Beispiel', role: 'ADULT', kind: 'account' },
      { id: 'A1EXAMPLE0CHILDACC', name: 'Mia', role: 'CHILD', kind: 'account' },
    ]);
    expect(JSON.stringify(r)).not.toContain('@example.invalid');
  });

  it('reads the three voice profiles', () => {
    const r = read(`${PRIVACY}/rvh/persons-in-household`, alexaFixtureJson('persons-in-household.json'));
    expect(r.source).toMatchObject({ id: 'amazon.persons', service: 'amazon', status: 'read' });
    expect(r.records.alexaHousehold?.map((m) => [m.name, m.role, m.kind])).toEqual([
      ['Alex', 'ADULT', 'voice-profile'],
      ['Sam', 'ADULT', 'voice-profile'],
      ['Mia', 'CHILD', 'voice-profile'],
    ]);
    expect(r.records.alexaHousehold?.[2]?.id).toBe('amzn1.actor.person.oid.A2EXAMPLEPERSON00MIA');
  });
});

describe('amazon.voice-history', () => {
  it('summarises the rvh page: 12 records, period, devices, more pages, no transcript', () => {
    const r = read(`${PRIVACY}/rvh/customer-history-records-v2`, alexaFixtureJson('voice-history-rvh.json'));
    expect(r.source).toMatchObject({ id: 'amazon.voice-history', status: 'read' });
    const [summary] = r.records.voiceHistory ?? [];
    expect(summary).toMatchObject({
      earliest: '2026-08-23T03:31:48.017Z',
      latest: '2026-11-19T17:42:08.311Z',
      devices: ['Echo Show Küche', 'Echo Dot Wohnzimmer'],
      endpoint: 'rvh',
      more: true,
    });
    expect(summary?.recordKeys).toHaveLength(12);
    expect(new Set(summary?.recordKeys).size).toBe(12);
    expect(summary?.recordKeys.filter((k) => k.endsWith('#Echo Show Küche'))).toHaveLength(7);
    expect(summary?.recordKeys.filter((k) => k.endsWith('#Echo Dot Wohnzimmer'))).toHaveLength(5);
    expect(JSON.stringify(r.records)).not.toMatch(/wie wird das wetter|transcript|amzn1\.actor\.person|A2EXAMPLE0CUSTOMER/i);
  });

  it('summarises the rah page: 5 records, the conversation counted by its first device, no more pages', () => {
    const r = read(`${PRIVACY}/rah/alexa-history-records-v2`, alexaFixtureJson('voice-history-rah.json'));
    const [summary] = r.records.voiceHistory ?? [];
    expect(summary).toMatchObject({ earliest: '2026-11-18T19:44:27.731Z', latest: '2026-11-20T07:15:03.224Z', endpoint: 'rah', more: false });
    expect(summary?.recordKeys).toHaveLength(5);
    expect(summary?.devices.sort()).toEqual(['Echo Dot Wohnzimmer', 'Echo Show Küche']);
    expect(JSON.stringify(r)).not.toMatch(/wie wird das wetter|regnerisch/);
  });

  it('warns about a record without timestamp and falls back to the serial in the record key', () => {
    const body = {
      customerHistoryRecords: [{ recordKey: 'C#1795110128311#T#SERIAL1', timestamp: 1795110128311 }, { recordKey: 'x' }],
      encodedRequestToken: null,
    };
    const r = read(`${PRIVACY}/rvh/customer-history-records`, body);
    expect(r.records.voiceHistory?.[0]).toMatchObject({ recordKeys: ['1795110128311#SERIAL1'], devices: ['SERIAL1'], more: false });
    expect(r.source.status).toBe('partial');
  });
});

describe('amazon.registered-devices (Manage Your Content and Devices)', () => {
  const url = `${AMAZON_DE}/hz/mycd/digital-console/ajax`;

  it('lists the five registered devices, including the old Alexa app that devices-v2 does not show', () => {
    const r = read(url, alexaFixtureJson('mycd-devices.json'));
    expect(r.source).toMatchObject({ id: 'amazon.registered-devices', service: 'amazon', status: 'read' });
    expect(r.records.amazonDevices?.map((d) => [d.serial, d.family])).toEqual([
      [ECHO_SHOW.serial, 'ECHO'],
      [ECHO_DOT.serial, 'ECHO'],
      ['G070VM2803460K2L', 'FIRE_TV'],
      ['G000T60912345ABC', 'KINDLE'],
      ['1f7c3a9e5b2d4c6e8a0b2d4f6e8a0c13', 'ALEXA_APP'],
    ]);
  });

  it('calls a content-list answer of the same endpoint unrecognized, with an info, not an error', () => {
    const r = read(url, { success: true, OwnershipData: { items: [{ title: 'Ein Buch' }] } });
    expect(r.source.id).toBe('amazon.registered-devices');
    expect(r.source.status).toBe('unrecognized');
    expect(r.source.diagnostics).toEqual([expect.objectContaining({ level: 'info', code: 'other-activity' })]);
    expect(r.records).toEqual({});
  });
});

describe('alexa.skills (Your Skills)', () => {
  it('reads the five enabled skills with title and type', () => {
    const r = read('https://skills-store.amazon.de/app/secure/your-skills-page', alexaFixtureJson('your-skills.json'));
    expect(r.source).toMatchObject({ id: 'alexa.skills', status: 'read', origin: 'https://skills-store.amazon.de' });
    expect(r.records.alexaSkills?.map((s) => [s.title, s.skillId, s.types])).toEqual([
      ['ecobee', SKILL.ecobee, ['SMART_HOME']],
      ['Nuki', SKILL.nuki, ['SMART_HOME']],
      ['Vigilo Cam', SKILL.vigilo, ['SMART_HOME']],
      ['Wetter Pro', SKILL.wetterPro, ['CUSTOM']],
      ['Einkaufsliste Plus', SKILL.einkaufsliste, ['CUSTOM']],
    ]);
  });
});

describe('routing of Alexa and Amazon endpoints', () => {
  const ALEXA_IDS = new Set(ALEXA_SOURCES.map((s) => s.id));
  const routes: [string, string][] = [
    ['/api/devices-v2/device?cached=true', 'alexa.devices'],
    ['/api/devices-v2/device', 'alexa.devices'],
    ['/nexus/v1/graphql', 'alexa.smart-home'],
    [`/api/v1/devices/${ECHO_SHOW.deviceAccountId}/settings/liveView`, 'alexa.device-setting'],
    ['/api/household', 'alexa.household'],
  ];
  const retail: [string, string][] = [
    ['/alexa-privacy/apd/rvh/persons-in-household', 'amazon.persons'],
    ['/alexa-privacy/apd/rvh/customer-history-records', 'amazon.voice-history'],
    ['/alexa-privacy/apd/rvh/customer-history-records-v2?startTime=0&endTime=1', 'amazon.voice-history'],
    ['/alexa-privacy/apd/rah/alexa-history-records-v2', 'amazon.voice-history'],
    ['/hz/mycd/digital-console/ajax', 'amazon.registered-devices'],
    ['/hz/mycd/ajax', 'amazon.registered-devices'],
  ];
  const urls: [string, string][] = [
    ...routes.flatMap(([path, id]): [string, string][] => [
      [`https://alexa.amazon.de${path}`, id],
      [`https://alexa.amazon.com${path}`, id],
    ]),
    ...retail.flatMap(([path, id]): [string, string][] => [
      [`https://www.amazon.de${path}`, id],
      [`https://www.amazon.com${path}`, id],
    ]),
    ['https://skills-store.amazon.de/app/secure/your-skills-page', 'alexa.skills'],
    ['https://skills-store.amazon.com/app/secure/your-skills-page', 'alexa.skills'],
  ];

  it.each(urls)('%s → %s', (url, id) => {
    expect(recognizesUrl(url)).toBe(true);
    expect(read(url, null).source.id).toBe(id);
  });

  it('routes an outline of an Alexa Privacy, apps or devices page on www.amazon.de to amazon.privacy-page', () => {
    for (const path of ['/alexa-privacy/apd/myad', '/ap/adam', '/hz/mycd/digital-console/contentlist/allcontent']) {
      expect(readCapture(alexaCapture(`${AMAZON_DE}${path}`, {}, 'page-outline')).source.id, path).toBe('amazon.privacy-page');
    }
  });

  const foreign = [
    'https://example.com',
    'https://alexa.amazon.de.example.com',
    'https://notamazon.de',
    'https://amazon.evil.example',
    'https://account.ring.com',
  ];
  const paths = [...routes, ...retail].map(([path]) => path).concat('/app/secure/your-skills-page');

  it.each(foreign)('does not route %s with the Alexa paths to an Alexa source', (origin) => {
    for (const path of paths) {
      const url = `${origin}${path}`;
      expect(recognizesUrl(url), url).toBe(false);
      expect(amazonEndpointOf(new URL(url)), url).toBeNull();
      const result = read(url, alexaFixtureJson('devices-v2.json'));
      expect(ALEXA_IDS.has(result.source.id), url).toBe(false);
      expect(result.source.status).toBe('unrecognized');
    }
    expect(ALEXA_IDS.has(readCapture(alexaCapture(`${origin}/alexa-privacy/apd/myad`, {}, 'page-outline')).source.id)).toBe(false);
  });

  it('finds saved Alexa files without URL by their shape', () => {
    const byShape = (name: string) => read(null, alexaFixtureJson(name)).source.id;
    expect(byShape('devices-v2.json')).toBe('alexa.devices');
    expect(byShape('graphql-endpoints.json')).toBe('alexa.smart-home');
    expect(byShape('liveview-setting.json')).toBe('alexa.device-setting');
    expect(byShape('household.json')).toBe('alexa.household');
    expect(byShape('persons-in-household.json')).toBe('amazon.persons');
    expect(byShape('voice-history-rvh.json')).toBe('amazon.voice-history');
    expect(byShape('voice-history-rah.json')).toBe('amazon.voice-history');
    expect(byShape('mycd-devices.json')).toBe('amazon.registered-devices');
    expect(byShape('your-skills.json')).toBe('alexa.skills');
  });
});
