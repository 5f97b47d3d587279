/**
 * A hostile account: every payload of test/fixtures/hostile/xss-payloads.json is used as a device name, an owner
 * name, a location name, a skill name (Your Skills and the skill-permissions page), a vendor (manufacturer) name and
 * a shared user's name. Each kind takes the payloads with its own offset, so one device or skill carries different
 * payloads in its different roles, and every payload appears in every role once.
 *
 * Shaped like the real responses (test/fixtures/ring, test/fixtures/alexa); shared by the hostile end-to-end test
 * (served by the fixture server, imported as a HAR) and the hostile Markdown unit test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const PAYLOADS_FILE = resolve(import.meta.dirname, '../../fixtures/hostile/xss-payloads.json');

export function loadPayloads(): string[] {
  return JSON.parse(readFileSync(PAYLOADS_FILE, 'utf8')) as string[];
}

/** Offsets per kind of name: payload `(i + offset) % n` goes to the i-th entity of that kind. */
export const OFFSET = { device: 0, sharedDevice: 7, owner: 0, location: 13, locationUser: 21, endpoint: 0, vendor: 3, skill: 5, permissionSkill: 11 } as const;

const pick = (payloads: readonly string[], i: number, offset: number): string => payloads[(i + offset) % payloads.length] as string;

export const RING_OWNER_ID = 4100001;
export const ownedDeviceId = (i: number) => 71_000_000 + i;
export const sharedDeviceId = (i: number) => 72_000_000 + i;
export const locationId = (i: number) => `9f2d5a7e-0000-4000-8000-${String(100_000 + i).padStart(12, '0')}`;
export const skillId = (i: number) => `amzn1.ask.skill.00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
export const applianceId = (i: number) => `SKILL_${b64(JSON.stringify({ skillId: skillId(i), stage: 'live' }))}_hostile${i}`;

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '');
}

/** `clients_api/ring_devices`: n owned doorbells (names = payloads) and n doorbells shared with this account by owners named by payloads. */
export function ringDevices(payloads: readonly string[]): unknown {
  const owner = { id: RING_OWNER_ID, email: 'owner@example.invalid', first_name: 'Alex', last_name: 'Muster' };
  const doorbots = payloads.map((_, i) => ({
    id: ownedDeviceId(i),
    description: pick(payloads, i, OFFSET.device),
    device_id: `hostile${i}`,
    kind: 'doorbell_v4',
    firmware_version: 'Up to Date',
    time_zone: 'Europe/Berlin',
    location_id: locationId(i),
    owned: true,
    owner,
    alerts: { connection: 'online' },
    features: { motions_enabled: true, show_recordings: true },
    health: { sidewalk_connection: false },
    is_sidewalk_gateway: false,
    settings: { enable_vod: true, enable_audio_recording: true },
    subscribed: true,
  }));
  const authorized = payloads.map((_, i) => ({
    id: sharedDeviceId(i),
    description: pick(payloads, i, OFFSET.sharedDevice),
    device_id: `hostileshared${i}`,
    kind: 'lpd_v2',
    firmware_version: 'Up to Date',
    time_zone: 'Europe/Berlin',
    location_id: locationId(i),
    owned: false,
    owner: { id: 4_200_000 + i, email: `neighbour${i}@example.invalid`, first_name: pick(payloads, i, OFFSET.owner), last_name: '' },
    alerts: { connection: 'online' },
    features: { motions_enabled: true, show_recordings: true },
    settings: { enable_vod: true },
    subscribed: true,
  }));
  return { doorbots, authorized_doorbots: authorized, stickup_cams: [], chimes: [], base_stations: [], beams_bridges: [], other: [] };
}

/** `devices/v1/devices/{id}/settings` of an owned doorbell: cloud video, no end-to-end encryption. */
export function ringSettings(): unknown {
  return {
    type: 'doorbell_v4',
    backend_settings: { user_specified_recording_ttl: 60 },
    video_settings: { encryption_enabled: false, encryption_method: 1 },
    general_settings: { enable_audio_recording: true, lite_24x7_enabled: false, country_code: 'DE' },
    sheila_settings: { cv_processing_enabled: false, local_storage_enabled: false },
  };
}

/** `devices/v1/locations`: n locations named by payloads, each with a street address (a location-precise finding). */
export function ringLocations(payloads: readonly string[]): unknown {
  return {
    user_locations: payloads.map((_, i) => ({
      location_id: locationId(i),
      owner_id: RING_OWNER_ID,
      name: pick(payloads, i, OFFSET.location),
      geo_service_verified: 'address_only',
      geo_coordinates: { latitude: '52.520008', longitude: '13.404954' },
      address: { address1: 'Musterstraße 1', address2: '', cross_street: '', city: 'Berlin', state: 'BE', timezone: 'Europe/Berlin', zip_code: '10115' },
      user_verified: true,
    })),
  };
}

/** `clients_api/locations/{first}/users`: the owner and n shared users named by payloads. */
export function ringLocationUsers(payloads: readonly string[]): unknown {
  const devices = (role: string) => [{ id: ownedDeviceId(0), role, device_type: 'doorbell_v4', permissions: null }];
  return [
    {
      id: RING_OWNER_ID,
      verified: true,
      first_name: 'Alex',
      last_name: 'Muster',
      email: 'owner@example.invalid',
      object_type: 'user',
      devices: devices('owner'),
    },
    ...payloads.map((_, i) => ({
      id: 4_300_000 + i,
      verified: true,
      first_name: pick(payloads, i, OFFSET.locationUser),
      last_name: '',
      email: `user${i}@example.invalid`,
      object_type: 'user',
      devices: devices('shared_user'),
    })),
  ];
}

/** JSON inside `<script type="application/json">`: `<` escaped, so no payload can end the script element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Text for an HTML page: the payload shows as itself (it is the page's data, not its markup). */
export function htmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The account.ring.com dashboard: page state (`__NEXT_DATA__`) with the device list, and the app script that makes the page's own requests. */
export function ringDashboardHtml(payloads: readonly string[]): string {
  const nextData = {
    props: { userDevices: ringDevices(payloads), pageProps: { locale: 'de-de' }, __N_SSP: true },
    page: '/account/hostile-dashboard',
    query: {},
    buildId: 'hostile',
    locale: 'de-de',
  };
  return `<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/><title>Ring | Dashboard</title>
<meta name="viewport" content="width=device-width"/>
<script src="/_next/static/chunks/pages/hostile-app.js" defer=""></script>
</head><body><div id="__next"><main><h1>Meine Geräte</h1></main></div>
<script id="__NEXT_DATA__" type="application/json">${scriptJson(nextData)}</script></body></html>`;
}

/** `nexus/v1/graphql` endpoints: n smart-home thermostats named by payloads, made by vendors named by payloads, each through a skill. */
export function alexaEndpoints(payloads: readonly string[]): unknown {
  return {
    data: {
      endpoints: {
        items: payloads.map((_, i) => {
          const name = pick(payloads, i, OFFSET.endpoint);
          return {
            endpointId: `amzn1.alexa.endpoint.00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            id: `amzn1.alexa.endpoint.00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            friendlyName: name,
            displayCategories: { all: [{ value: 'THERMOSTAT' }], primary: { value: 'THERMOSTAT' } },
            legacyAppliance: {
              applianceId: applianceId(i),
              applianceTypes: ['THERMOSTAT'],
              friendlyName: name,
              friendlyDescription: 'Thermostat',
              manufacturerName: pick(payloads, i, OFFSET.vendor),
              modelName: 'T1',
              capabilities: [
                { capabilityType: 'AVSInterfaceCapability', type: 'AlexaInterface', version: '3', interfaceName: 'Alexa' },
                {
                  capabilityType: 'AVSInterfaceCapability',
                  type: 'AlexaInterface',
                  version: '3',
                  interfaceName: 'Alexa.ThermostatController',
                  properties: { supported: [{ name: 'targetSetpoint' }], proactivelyReported: true, retrievable: true, readOnly: false },
                },
              ],
              driverIdentity: { namespace: 'SKILL', identifier: b64(JSON.stringify({ skillId: skillId(i), stage: 'live' })) },
              additionalApplianceDetails: { additionalApplianceDetails: { vendorDeviceId: `hostile${i}` } },
            },
          };
        }),
      },
    },
  };
}

/** `skills-store.amazon.de/app/secure/your-skills-page`: the n skills behind the endpoints, titled by payloads. */
export function yourSkills(payloads: readonly string[]): unknown {
  return [
    { block: 'header', contents: { title: 'Ihre Skills' } },
    {
      block: 'data',
      contents: [
        {
          id: 'skillsPageData',
          contents: {
            products: payloads.map((_, i) => ({
              title: pick(payloads, i, OFFSET.skill),
              asin: `B0HOSTILE${i}`,
              productMetadata: { skillId: skillId(i), stage: 'live', developerName: pick(payloads, i, OFFSET.vendor) },
              productDetails: { skillTypes: ['SMART_HOME'], isAccountLinked: true, enablementStatus: 'ENABLED' },
            })),
          },
        },
      ],
    },
  ];
}

const PERMISSIONS = ['Geräteadresse', 'E-Mail-Adresse', 'Listen lesen', 'Standortdienste'];

/** www.amazon.de Manage Skill Permissions (German): each payload-named skill holds one permission, switched on. */
export function skillPermissionsHtml(payloads: readonly string[], permissions: readonly string[] = PERMISSIONS): string {
  const sections = permissions.map((permission, p) => {
    const rows = payloads
      .map((_, i) => i)
      .filter((i) => i % permissions.length === p)
      .map(
        (i) =>
          `<li class="a-list-item apd-skill-row"><div class="a-row"><span id="perm-${i}" class="a-text-bold apd-skill-name">${htmlText(pick(payloads, i, OFFSET.permissionSkill))}</span>` +
          `<button type="button" class="a-switch a-switch-on" role="switch" aria-checked="true" aria-labelledby="perm-${i}"><span class="a-switch-control"></span></button></div></li>`,
      );
    return `<section class="a-section apd-permission" aria-labelledby="perm-h-${p}"><h2 id="perm-h-${p}">${htmlText(permission)}</h2>
<ul class="a-unordered-list a-nostyle apd-skill-list" aria-labelledby="perm-h-${p}">${rows.join('\n')}</ul></section>`;
  });
  return `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Alexa-Datenschutz – Skill-Berechtigungen verwalten</title></head>
<body><div id="a-page"><main id="apd-main"><h1>Skill-Berechtigungen verwalten</h1>
<p>Hier sehen Sie, welche Skills auf welche Ihrer Daten zugreifen dürfen.</p>
${sections.join('\n')}
</main></div></body></html>`;
}

/** A HAR of the Alexa app's GraphQL endpoints response and the Your Skills page data, as a browser saves it. */
export function alexaHar(payloads: readonly string[]): unknown {
  const entry = (method: string, url: string, body: unknown, at: string) => ({
    startedDateTime: at,
    time: 120,
    request: { method, url, httpVersion: 'http/2.0', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: 0 },
    response: {
      status: 200,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: [{ name: 'content-type', value: 'application/json;charset=UTF-8' }],
      cookies: [],
      content: { size: 0, mimeType: 'application/json', text: JSON.stringify(body) },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 100, receive: 20 },
  });
  return {
    log: {
      version: '1.2',
      creator: { name: 'hostile-fixture', version: '1' },
      pages: [],
      entries: [
        entry('GET', 'https://skills-store.amazon.de/app/secure/your-skills-page', yourSkills(payloads), '2026-11-20T18:10:00.000Z'),
        entry('POST', 'https://alexa.amazon.de/nexus/v1/graphql', alexaEndpoints(payloads), '2026-11-20T18:10:01.000Z'),
      ],
    },
  };
}

/** Fixture-server routes (`host path`) serving the hostile Ring dashboard, its API responses and the skill-permissions page. */
export function hostileRoutes(payloads: readonly string[]): Map<string, { type: string; body: string }> {
  const json = (value: unknown) => ({ type: 'application/json', body: JSON.stringify(value) });
  const routes = new Map<string, { type: string; body: string }>([
    ['account.ring.com /account/hostile-dashboard', { type: 'text/html; charset=utf-8', body: ringDashboardHtml(payloads) }],
    [
      'account.ring.com /_next/static/chunks/pages/hostile-app.js',
      { type: 'application/javascript', body: readFileSync(resolve(import.meta.dirname, '../site/hostile-app.js'), 'utf8') },
    ],
    ['account.ring.com /api/cgw/clients_api/ring_devices', json(ringDevices(payloads))],
    ['account.ring.com /api/cgw/devices/v1/locations', json(ringLocations(payloads))],
    [`account.ring.com /api/cgw/clients_api/locations/${locationId(0)}/users`, json(ringLocationUsers(payloads))],
    ['www.amazon.de /alexa-privacy/apd/skill-permissions?hostile=1', { type: 'text/html; charset=utf-8', body: skillPermissionsHtml(payloads) }],
  ]);
  for (let i = 0; i < HOSTILE_SETTINGS_READ; i++) routes.set(`account.ring.com /api/cgw/devices/v1/devices/${ownedDeviceId(i)}/settings`, json(ringSettings()));
  return routes;
}

/** The hostile app reads the settings of this many owned doorbells (site/hostile-app.js), the first ones of the list. */
export const HOSTILE_SETTINGS_READ = 5;
