// Generated Ring accounts of any size, shaped like test/fixtures/ring (ring-devices.json, settings-*.json,
// account.har). Deterministic (seeded), so every run and every size measures the same kind of data.

export const ORIGIN = 'https://account.ring.com';
export const DEVICES_URL = `${ORIGIN}/api/cgw/clients_api/ring_devices`;
export const settingsUrl = (id) => `${ORIGIN}/api/cgw/devices/v1/devices/${id}/settings`;

// Share of each group, roughly an installer's account: mostly cameras and doorbells, some chimes, some shared.
const SPREAD = [
  ['doorbots', 0.3, ['doorbell_v4', 'lpd_v2', 'doorbell_oyster', 'doorbell_scallop']],
  ['stickup_cams', 0.4, ['hp_cam_v2', 'stickup_cam_mini_v2', 'cocoa_camera', 'stickup_cam_longfin']],
  ['chimes', 0.2, ['chime_pro_v2', 'chime_v2']],
  ['authorized_doorbots', 0.1, ['lpd_v2', 'doorbell_v4']],
];
const LOCATIONS = Array.from({ length: 8 }, (_, i) => `9f2d5a7e-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
const NAMES = ['Front Door', 'Garten Flutlicht', 'Wohnzimmer', 'Garage', 'Back Yard', 'Einfahrt', 'Hallway', 'Keller', 'Porch', 'Side Gate'];
const OWNER = { id: 4100001, email: 'owner@example.invalid', first_name: 'Alex', last_name: 'Muster' };
const NEIGHBOUR = { id: 4100002, email: 'nachbar@example.invalid', first_name: 'Nora', last_name: 'Nachbar' };

/** Small seeded PRNG (mulberry32): same account for the same size on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function device(group, kinds, id, i, random) {
  const shared = group === 'authorized_doorbots';
  const camera = group === 'doorbots' || group === 'stickup_cams' || shared;
  const d = {
    id,
    description: `${NAMES[i % NAMES.length]} ${i + 1}`,
    device_id: id.toString(16).padStart(12, '0'),
    kind: kinds[i % kinds.length],
    firmware_version: 'Up to Date',
    time_zone: 'Europe/Berlin',
    location_id: LOCATIONS[i % LOCATIONS.length],
    owned: !shared,
    owner: shared ? NEIGHBOUR : OWNER,
    alerts: { connection: random() < 0.95 ? 'online' : 'offline' },
  };
  if (group === 'doorbots')
    Object.assign(d, { address: `Musterstraße ${i + 1}`, latitude: 52.52, longitude: 13.405, battery_life: Math.floor(random() * 100) });
  if (camera) {
    d.features = { motions_enabled: true, show_recordings: true, advanced_motion_enabled: random() < 0.5, people_only_enabled: false };
    d.health = { wifi_name: 'home', sidewalk_connection: random() < 0.1 };
    d.is_sidewalk_gateway = random() < 0.05;
    d.settings = {
      enable_vod: true,
      enable_audio_recording: random() < 0.6,
      live_view_preset_profile: 'highest',
      motion_detection_enabled: true,
      chime_settings: { enable: true, type: 0, duration: 3 },
    };
    d.subscribed = random() < 0.8;
    d.subscribed_motions = d.subscribed;
  } else {
    d.features = { ringtones_enabled: true };
    d.settings = { volume: 5 };
  }
  return d;
}

function settings(kind, random) {
  return {
    type: kind,
    advanced_motion_settings: {},
    backend_settings: {
      live_view_preset_profile: 'highest',
      enable_rich_notifications: true,
      user_specified_recording_ttl: [7, 30, 60, 180][Math.floor(random() * 4)],
      user_specified_footage_hours_ttl: 168,
      paid_features: { cv_triggers: true, human: true, person_identification: false, smart_media_descriptions: false },
    },
    motion_settings: { motion_detection_enabled: true, enable_recording: true },
    video_settings: { exposure_control: 2, hdr_enable: true, ignore_zones: {}, encryption_enabled: random() < 0.3, encryption_method: 1 },
    volume_settings: { doorbell_volume: 6, mic_volume: 11, voice_volume: 11 },
    general_settings: {
      enable_audio_recording: random() < 0.6,
      lite_24x7_enabled: random() < 0.2,
      offline_motion_event_enabled: false,
      data_collection_enabled: true,
      country_code: 'DE',
    },
    sheila_settings: { cv_processing_enabled: false, local_storage_enabled: random() < 0.05 },
    cv_settings: { detection_types: {}, threshold: {} },
    concierge_settings: { mode: 'disabled' },
  };
}

/**
 * A `clients_api/ring_devices` document with `count` devices and one settings document per owned camera
 * (the web app asks for exactly those). Returns `{ devices, settings: [{ id, body }] }`.
 */
export function ringAccount(count, seed = 7) {
  const random = rng(seed);
  const devices = { doorbots: [], authorized_doorbots: [], stickup_cams: [], chimes: [], base_stations: [], beams_bridges: [], other: [] };
  const settingsDocs = [];
  let next = 70_000_001;
  let made = 0;
  SPREAD.forEach(([group, share, kinds], g) => {
    const n = g === SPREAD.length - 1 ? count - made : Math.round(count * share);
    for (let i = 0; i < n; i++) {
      const d = device(group, kinds, next++, i, random);
      devices[group].push(d);
      if (d.owned && (group === 'doorbots' || group === 'stickup_cams')) settingsDocs.push({ id: d.id, body: settings(d.kind, random) });
    }
    made += n;
  });
  return { devices, settings: settingsDocs };
}

/** The account as captures, the way the content script hands them to the background (parsed bodies). */
export function accountCaptures(account, capturedAt = '2026-11-20T18:04:05.000Z') {
  return [
    { url: DEVICES_URL, via: 'page-fetch', body: account.devices, capturedAt },
    ...account.settings.map((s) => ({ url: settingsUrl(s.id), via: 'page-fetch', body: s.body, capturedAt })),
  ];
}

/**
 * A HAR 1.2 log as Chrome's DevTools saves it, one entry per `{ url, text, method? }` in order (compact JSON
 * bodies, as the services send them).
 */
export function harOf(responses) {
  const started = Date.parse('2026-11-20T18:04:05.000Z');
  const entry = ({ url, text, method = 'GET' }, n) => ({
    startedDateTime: new Date(started + 10 * n).toISOString(),
    time: 85.3,
    request: {
      method,
      url,
      httpVersion: 'http/2.0',
      headers: [{ name: 'accept', value: 'application/json, text/plain, */*' }],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: 200,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: [{ name: 'content-type', value: 'application/json' }],
      cookies: [],
      content: { size: text.length, mimeType: 'application/json', text },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { blocked: 1, dns: -1, ssl: -1, connect: -1, send: 0.1, wait: 80, receive: 4 },
    _resourceType: 'xhr',
  });
  const origin = new URL(responses[0]?.url ?? ORIGIN).origin;
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [{ startedDateTime: new Date(started).toISOString(), id: 'page_1', title: `${origin}/`, pageTimings: { onContentLoad: 812, onLoad: 1404 } }],
      entries: responses.map(entry),
    },
  };
}

/** The Ring account as a HAR: the device list, then each camera's settings. */
export function accountHar(account) {
  const har = harOf([
    { url: DEVICES_URL, text: JSON.stringify(account.devices) },
    ...account.settings.map((s) => ({ url: settingsUrl(s.id), text: JSON.stringify(s.body) })),
  ]);
  har.log.pages[0].title = `${ORIGIN}/account/dashboard`;
  return har;
}

export const ALEXA_GRAPHQL_URL = 'https://alexa.amazon.de/nexus/v1/graphql';

/**
 * An Alexa smart-home inventory (the GraphQL `endpoints` response) with `count` endpoints, made by cycling
 * through the items of the project's own fixture (`graphql-endpoints.json`: an Echo, skill devices, an Amazon
 * cloud light) and giving each copy its own ids and name. `fixture` is that file's parsed JSON.
 */
export function alexaEndpoints(fixture, count) {
  const items = fixture.data.endpoints.items;
  const out = [];
  for (let i = 0; i < count; i++) {
    const item = structuredClone(items[i % items.length]);
    const uuid = `bench000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    item.endpointId = item.id = `amzn1.alexa.endpoint.${uuid}`;
    item.friendlyName = `${item.friendlyName} ${i + 1}`;
    if (item.legacyAppliance) {
      // Keep the `SKILL_<base64>_…` / `AlexaBridge_…` shape the reader takes the path from; only make it unique.
      item.legacyAppliance.applianceId = `${item.legacyAppliance.applianceId}-bench${i}`;
      item.legacyAppliance.friendlyName = item.friendlyName;
    }
    out.push(item);
  }
  return { ...fixture, data: { ...fixture.data, endpoints: { ...fixture.data.endpoints, items: out } } };
}

/** The Alexa inventory as a HAR: one GraphQL answer (a POST, as the Alexa app sends it). */
export function alexaHar(endpointsDoc) {
  return harOf([{ url: ALEXA_GRAPHQL_URL, method: 'POST', text: JSON.stringify(endpointsDoc) }]);
}
