import type { Capture } from '../model/capture.ts';

/**
 * A small invented Ring account, shaped like `clients_api/ring_devices` and
 * `devices/v1/devices/{id}/settings`, so `alexpose scan` without files shows what a report looks like.
 */
const OWNER = { id: 51000001, email: 'demo@example.invalid', first_name: 'Demo', last_name: 'Owner' };
const LOCATION = 'demo-location-1';

const devices = {
  doorbots: [
    {
      id: 61000001,
      description: 'Front Door',
      kind: 'doorbell_v4',
      owned: true,
      owner: OWNER,
      location_id: LOCATION,
      subscribed: true,
      is_sidewalk_gateway: false,
      settings: { enable_audio_recording: true },
    },
  ],
  authorized_doorbots: [
    {
      id: 61000009,
      description: "Neighbour's Doorbell",
      kind: 'doorbell_v3',
      owned: false,
      owner: { id: 52000002, email: 'neighbour@example.invalid', first_name: 'Nina', last_name: 'Neighbour' },
      location_id: 'demo-location-2',
      subscribed: true,
    },
  ],
  stickup_cams: [
    {
      id: 61000002,
      description: 'Garden',
      kind: 'floodlight_v2',
      owned: true,
      owner: OWNER,
      location_id: LOCATION,
      subscribed: true,
      is_sidewalk_gateway: true,
      settings: { enable_audio_recording: false },
    },
  ],
  chimes: [{ id: 61000003, description: 'Hallway Chime', kind: 'chime_pro', owned: true, owner: OWNER, location_id: LOCATION }],
  base_stations: [],
  beams_bridges: [],
  other: [],
};

function settings(e2ee: boolean, audio: boolean, ttl: number) {
  return {
    general_settings: { enable_audio_recording: audio, lite_24x7_enabled: false },
    video_settings: { encryption_enabled: e2ee, encryption_method: 1, ignore_zones: {} },
    backend_settings: { user_specified_recording_ttl: ttl, paid_features: {} },
    sheila_settings: { local_storage_enabled: false, cv_processing_enabled: false },
  };
}

export function demoCaptures(now: string): Capture[] {
  const base = 'https://account.ring.com/api/cgw';
  return [
    { url: `${base}/clients_api/ring_devices`, via: 'demo', body: devices, capturedAt: now },
    { url: `${base}/devices/v1/devices/61000001/settings`, via: 'demo', body: settings(false, true, 30), capturedAt: now },
    { url: `${base}/devices/v1/devices/61000002/settings`, via: 'demo', body: settings(false, false, 60), capturedAt: now },
  ];
}
