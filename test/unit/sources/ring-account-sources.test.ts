// @vitest-environment node
import { readCapture, recognizesUrl } from '../../../src/sources/read-capture.ts';
import type { Capture } from '../../../src/model/capture.ts';
import { fixtureJson, NOW, RING_API } from '../fixtures.ts';

const HOME = '9f2d5a7e-0000-4000-8000-000000000001';
const SHED = '9f2d5a7e-0000-4000-8000-000000000003';

function at(url: string | null, body: unknown, label?: string): Capture {
  return { url, via: url ? 'har' : 'file', body, capturedAt: NOW, ...(label ? { label } : {}) };
}

describe('ring.profile', () => {
  const result = readCapture(at(`${RING_API}/clients_api/session`, fixtureJson('session.json')));

  it('reads account id, country, two-factor and the Neighbors flags', () => {
    expect(result.source).toMatchObject({ id: 'ring.profile', status: 'read' });
    expect(result.records.ringProfile).toEqual([{ accountId: '4100001', country: 'DE', twoFactor: true, neighborsEnabled: true, neighborsActivated: true }]);
  });

  it('keeps no email, phone number, token, hardware id or name anywhere in the result', () => {
    const text = JSON.stringify(result);
    for (const secret of [
      'owner@example.invalid',
      '+49 30 0000000',
      '+49*****000',
      'fixture-token-not-real',
      'b1f4c0de-0000-4000-8000-00000000fixt',
      'Muster',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('reads the profile endpoint the same way, and notes missing feature flags as info', () => {
    const r = readCapture(at('https://api.ring.com/clients_api/profile', { profile: { id: 7, email: 'x@example.invalid' } }));
    expect(r.source).toMatchObject({ id: 'ring.profile', status: 'read' });
    expect(r.records.ringProfile).toEqual([{ accountId: '7', country: null, twoFactor: null, neighborsEnabled: null, neighborsActivated: null }]);
    expect(r.source.diagnostics).toEqual([expect.objectContaining({ level: 'info', at: 'profile.features' })]);
  });

  it('is an error without a profile object', () => {
    const r = readCapture(at(`${RING_API}/clients_api/session`, { user: {} }));
    expect(r.source.status).toBe('error');
    expect(r.records).toEqual({});
  });
});

describe('ring.locations', () => {
  it('reads the legacy user_locations: address and coordinate precision and the city, not the address', () => {
    const result = readCapture(at(`${RING_API}/devices/v1/locations`, fixtureJson('locations.json')));
    expect(result.source).toMatchObject({ id: 'ring.locations', status: 'read' });
    expect(result.records.ringLocations).toEqual([
      {
        id: HOME,
        name: 'Zuhause',
        ownerId: '4100001',
        hasStreetAddress: true,
        coordinateDecimals: 6,
        country: null,
        city: 'Berlin',
        professionalMonitoring: null,
      },
      {
        id: SHED,
        name: 'Gartenhaus',
        ownerId: '4100001',
        hasStreetAddress: false,
        coordinateDecimals: 1,
        country: null,
        city: 'Berlin',
        professionalMonitoring: null,
      },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/Musterstraße|10115|52\.520008/);
  });

  it('reads a v4 JSON:API location with country and monitoring from `included`', () => {
    const url = `${RING_API}/location_info/v4/locations/${HOME}?include=capabilities,presentation,status`;
    const result = readCapture(at(url, fixtureJson(`location-v4-${HOME}.json`)));
    expect(result.source).toMatchObject({ id: 'ring.locations', status: 'read' });
    expect(result.records.ringLocations).toEqual([
      {
        id: HOME,
        name: 'Zuhause',
        ownerId: '4100001',
        hasStreetAddress: true,
        coordinateDecimals: 6,
        country: 'DE',
        city: 'Berlin',
        professionalMonitoring: true,
      },
    ]);
  });

  it('leaves monitoring unknown without `included`, and counts decimals of numeric coordinates', () => {
    const body = { data: [{ id: 'L', type: 'locations', attributes: { name: 'N', latitude: 52.52, longitude: 13.4049 } }] };
    const [loc] = readCapture(at(`${RING_API}/location_info/v3/locations`, body)).records.ringLocations ?? [];
    expect(loc).toMatchObject({ id: 'L', hasStreetAddress: false, coordinateDecimals: 2, professionalMonitoring: null });
  });

  it('finds a saved locations file by its shape', () => {
    const result = readCapture(at(null, fixtureJson('locations.json'), 'locations.json'));
    expect(result.source).toMatchObject({ id: 'ring.locations', origin: 'file:' });
    expect(result.records.ringLocations).toHaveLength(2);
  });
});

describe('ring.location-users', () => {
  const users = fixtureJson(`users-${HOME}.json`);
  const expected = [
    { locationId: HOME, userId: '4100001', name: 'Alex Muster', role: 'owner', deviceIds: ['70010001', '70010002'], verified: true },
    { locationId: HOME, userId: '4100003', name: 'Sam Beispiel', role: 'shared_user', deviceIds: ['70010001', '70010002'], verified: true },
  ];

  it('takes the location id from the URL path', () => {
    const result = readCapture(at(`${RING_API}/clients_api/locations/${HOME}/users`, users));
    expect(result.source).toMatchObject({ id: 'ring.location-users', status: 'read' });
    expect(result.records.ringLocationUsers).toEqual(expected);
    expect(JSON.stringify(result)).not.toContain('@example.invalid');
  });

  it('takes the location id from a file label users-<uuid>.json', () => {
    const result = readCapture(at(null, users, `downloads/users-${HOME}.json`));
    expect(result.source).toMatchObject({ id: 'ring.location-users', status: 'read', origin: 'file:' });
    expect(result.records.ringLocationUsers).toEqual(expected);
  });

  // Regression (found by review): src/sources/ring/ring-sources.ts, idFor(): the label pattern /(\d{3,}|[0-9a-f]{8}-…)/ tries digits first, so a
  // location uuid that starts with three or more digits is cut at its first hyphen.
  // Input: label "users-12345678-aaaa-4bbb-8ccc-000000000001.json". Expected locationId "12345678-aaaa-4bbb-8ccc-000000000001"; actual "12345678".
  it('takes the whole uuid from a label whose uuid starts with digits', () => {
    const uuid = '12345678-aaaa-4bbb-8ccc-000000000001';
    const result = readCapture(at(null, users, `users-${uuid}.json`));
    expect(result.records.ringLocationUsers?.map((u) => u.locationId)).toEqual([uuid, uuid]);
  });

  it('gives a user the highest role held on any device', () => {
    const body = [
      {
        id: 9,
        first_name: 'Kim',
        object_type: 'user',
        devices: [
          { id: 1, role: 'shared_user' },
          { id: 2, role: 'owner' },
        ],
      },
    ];
    const [user] = readCapture(at(`${RING_API}/clients_api/locations/L/users`, body)).records.ringLocationUsers ?? [];
    expect(user).toMatchObject({ name: 'Kim', role: 'owner', deviceIds: ['1', '2'] });
  });

  it('is an error for a non-array body', () => {
    const result = readCapture(at(`${RING_API}/clients_api/locations/L/users`, { users: [] }));
    expect(result.source.status).toBe('error');
    expect(result.source.diagnostics).toContainEqual(expect.objectContaining({ code: 'not-an-array' }));
  });
});

describe('ring.monitoring', () => {
  it('reads professional monitoring, video verification and dispatch for the location in the URL', () => {
    const url = `https://prd-api-us.prd.rings.solutions/api/v1/rs/monitoring/accounts/${HOME}`;
    const result = readCapture(at(url, fixtureJson(`monitoring-${HOME}.json`)));
    expect(result.source).toMatchObject({ id: 'ring.monitoring', status: 'read', origin: 'https://prd-api-us.prd.rings.solutions' });
    expect(result.records.ringMonitoring).toEqual([{ locationId: HOME, professionallyMonitored: true, videoVerification: true, dispatch: true }]);
  });

  it('reads opt-out as false and a saved file named after the location', () => {
    const result = readCapture(at(null, { professionallyMonitored: false, vrUserOptIn: false }, `monitoring-${SHED}.json`));
    expect(result.records.ringMonitoring).toEqual([{ locationId: SHED, professionallyMonitored: false, videoVerification: false, dispatch: null }]);
  });
});

describe('ring.key-associations', () => {
  const url = `${RING_API}/integrations/amazonkey/v2/devices/lock_associations`;

  it.each([
    ['a top-level array', [{ id: 'a1', ring_device_id: 70010005, name: 'Garage' }]],
    ['{ lock_associations }', fixtureJson('lock-associations.json')],
    ['{ data }', { data: [{ association_id: 'assoc-1', device_id: '70010005', lock_name: 'Garage' }] }],
  ])('reads %s', (_shape, body) => {
    const result = readCapture(at(url, body));
    expect(result.source).toMatchObject({ id: 'ring.key-associations', status: 'read' });
    expect(result.records.ringKeyAssociations).toEqual([{ id: expect.stringMatching(/^(a1|assoc-1)$/), deviceId: '70010005', name: 'Garage' }]);
  });

  it('numbers an entry without id and keeps it without device', () => {
    const result = readCapture(at(url, [{ doorbot_id: 5 }, { description: 'Front lock' }]));
    expect(result.records.ringKeyAssociations).toEqual([
      { id: '0', deviceId: '5', name: null },
      { id: '1', deviceId: null, name: 'Front lock' },
    ]);
  });

  it.each([[{ something: [] }], ['text'], [null]])('reports an unknown shape %j as an error diagnostic', (body) => {
    const result = readCapture(at(url, body));
    expect(result.source).toMatchObject({ id: 'ring.key-associations', status: 'error' });
    expect(result.source.diagnostics).toContainEqual(expect.objectContaining({ level: 'error', code: 'unknown-shape' }));
  });

  it('is read from a file only when its name says lock associations', () => {
    expect(readCapture(at(null, fixtureJson('lock-associations.json'), 'lock-associations.json')).source.id).toBe('ring.key-associations');
    expect(readCapture(at(null, fixtureJson('lock-associations.json'), 'export.json')).source.id).toBe('unknown');
  });
});

describe('ring.device-info', () => {
  const url = `${RING_API}/device_info/v3/devices/70010003`;

  it('reads the fixture: {enablement:{enabled}} flags and lite_24x7.enabled', () => {
    const result = readCapture(at(url, fixtureJson('device-info-70010003.json')));
    expect(result.source).toMatchObject({ id: 'ring.device-info', status: 'read' });
    expect(result.records.ringDeviceFeatures).toEqual([
      { deviceId: '70010003', familiarFaces: true, aiVideoDescriptions: true, smartVideoSearch: false, snapshotCapture: true },
    ]);
  });

  it('reads flags as boolean, as { enabled } and as { enablement: { enabled } }', () => {
    const body = {
      devices: [
        {
          device: {
            id: 1,
            features: { person_identification: true, smart_video_description: { enabled: false }, smart_video_search: { enablement: { enabled: true } } },
            settings: { lite_24x7: { enabled: false } },
          },
        },
        { id: 2, features: { person_identification: { eligibility: 'ineligible' } } },
      ],
    };
    const result = readCapture(at(`https://api.ring.com/device_info/v3/devices`, body));
    expect(result.records.ringDeviceFeatures).toEqual([
      { deviceId: '1', familiarFaces: true, aiVideoDescriptions: false, smartVideoSearch: true, snapshotCapture: false },
      { deviceId: '2', familiarFaces: null, aiVideoDescriptions: null, smartVideoSearch: null, snapshotCapture: null },
    ]);
    expect(result.source.status).toBe('read');
  });

  it('warns about a flag in an unknown form and leaves it unknown', () => {
    const result = readCapture(
      at(url, {
        device: { id: 3, features: { person_identification: 'yes', smart_video_search: { enablement: { enabled: 'on' } } } },
        device_operation_set: {},
      }),
    );
    expect(result.records.ringDeviceFeatures?.[0]).toMatchObject({ familiarFaces: null, smartVideoSearch: null });
    expect(result.source.diagnostics.map((d) => [d.code, d.at])).toEqual([
      ['wrong-type', 'device.features.person_identification'],
      ['wrong-type', 'device.features.smart_video_search'],
    ]);
    expect(result.source.status).toBe('partial');
  });

  it('finds a saved device_info document by its shape', () => {
    expect(readCapture(at(null, fixtureJson('device-info-70010003.json'), 'device-info.json')).source.id).toBe('ring.device-info');
  });
});

describe('routing of account endpoints', () => {
  const LOC = HOME;
  const paths: [string, string][] = [
    ['clients_api/ring_devices', 'ring.devices'],
    ['devices/v1/devices/70010001/settings', 'ring.device-settings'],
    ['device_info/v3/devices/70010003', 'ring.device-info'],
    ['device_info/v3/devices', 'ring.device-info'],
    ['clients_api/session', 'ring.profile'],
    ['clients_api/profile', 'ring.profile'],
    ['devices/v1/locations', 'ring.locations'],
    ['location_info/v3/locations', 'ring.locations'],
    [`location_info/v4/locations/${LOC}`, 'ring.locations'],
    [`clients_api/locations/${LOC}/users`, 'ring.location-users'],
    ['integrations/amazonkey/v2/devices/lock_associations', 'ring.key-associations'],
    [`rs/monitoring/accounts/${LOC}`, 'ring.monitoring'],
  ];
  const urls = paths.flatMap(([path, id]) => [
    [`https://account.ring.com/api/cgw/${path}`, id],
    [`https://api.ring.com/${path}`, id],
  ]);
  urls.push([`https://prd-api-us.prd.rings.solutions/api/v1/rs/monitoring/accounts/${LOC}`, 'ring.monitoring']);
  urls.push([`https://account.ring.com/api/cgw/location_info/v4/locations/${LOC}?include=capabilities,presentation,status`, 'ring.locations']);

  it.each(urls)('%s → %s', (url, id) => {
    expect(recognizesUrl(url)).toBe(true);
    expect(readCapture(at(url, null)).source.id).toBe(id);
  });

  it.each([
    'https://account.ring.com/api/cgw/clients_api/locations/x/users/extra',
    'https://account.ring.com/api/cgw/devices/v1/locations/x',
    'https://api.ring.com/clients_api/dings/active',
  ])('does not claim %s', (url) => {
    expect(recognizesUrl(url)).toBe(false);
    expect(readCapture(at(url, {})).source).toMatchObject({ id: 'unknown', status: 'unrecognized' });
  });
});
