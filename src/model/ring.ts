import type { SourceId } from './source-ids.ts';

/** Typed records read from Ring's JSON. `null` means "not stated in what we read", never "false". */

export type RingDeviceGroup = 'doorbots' | 'authorized_doorbots' | 'stickup_cams' | 'chimes' | 'base_stations' | 'beams_bridges' | 'other';

export type DeviceCategory = 'doorbell' | 'camera' | 'chime' | 'base-station' | 'bridge' | 'intercom' | 'other';

export interface RingPerson {
  id: string | null;
  /** First and last name as Ring shows them; page-derived, render as text only. */
  name: string | null;
}

export interface RingDevice {
  id: string;
  name: string;
  /** Ring's hardware kind, e.g. `lpd_v1`, `hp_cam_v1`. */
  kind: string | null;
  group: RingDeviceGroup;
  category: DeviceCategory;
  /**
   * Who made it: `Ring`, `Amazon` (`third_party_manufacturer: "amazon1p"` or `metadata.imported_from_amazon`),
   * or the maker `metadata.third_party_manufacturer` names (Blink, an ONVIF vendor, a garage-door maker).
   */
  maker: string;
  /** `metadata.third_party_model`, when the device is not Ring's own. */
  model?: string | null;
  /** `metadata.integration_type` (or top-level `integration_type`), e.g. `Key by Amazon`. */
  integrationType?: string | null;
  /**
   * Which device list this record came from (`ring_devices`, `v3-list`, `v3:<id>`). A newer list of the
   * same scope replaces the older one; records of different scopes are merged by device id.
   */
  scope?: string;
  owned: boolean | null;
  /** In `authorized_doorbots`, or `owned: false`: someone else's device this account can see. */
  sharedWithYou: boolean;
  owner: RingPerson | null;
  locationId: string | null;
  /** Has a camera: doorbells, cameras and video intercoms (an audio-only intercom handset has none). */
  hasCamera: boolean;
  isSidewalkGateway: boolean | null;
  sidewalkConnected: boolean | null;
  /** `settings.enable_audio_recording` in the device list. */
  audioRecording: boolean | null;
  /**
   * Device-level `subscribed`. Not proof of cloud recording either way: 2026 captures show `subscribed: false` on a
   * camera that records (`features.video_recording`), and ha-ring-extended reads it as a notification flag.
   */
  subscribed: boolean | null;
  /** `integration_type: "Key by Amazon"` (garage door openers). */
  keyByAmazon?: boolean;
  /**
   * `metadata.key_access_point_associated: true` on a Ring Intercom (`intercom_handset_audio`, python-ring-doorbell
   * `ring_devices.json`; dgreif/ring `IntercomHandsetAudioData`): Amazon deliveries can open the building door.
   */
  keyAccessPoint?: boolean;
  /** Known only from its settings document: no device list that was read names it (report/orphan-cameras.ts). */
  settingsOnly?: true;
  /** The entry states a street address (`address`); the text itself is not kept. Null when the entry has none. */
  hasStreetAddress?: boolean | null;
  /** Decimal places of the entry's own `latitude`/`longitude`: 4 or more pin the house. Null without both. */
  coordinateDecimals?: number | null;
}

export interface RingDeviceSettings {
  deviceId: string;
  /** `general_settings.enable_audio_recording`. */
  audioRecording: boolean | null;
  /** `video_settings.encryption_enabled`: true = end-to-end encrypted. */
  e2eeEnabled: boolean | null;
  encryptionMethod: number | string | null;
  /** `backend_settings.user_specified_recording_ttl`, days. */
  recordingTtlDays: number | null;
  /** `sheila_settings.local_storage_enabled` (Ring Edge). */
  localStorage: boolean | null;
  /** `general_settings.lite_24x7_enabled`: 24/7 snapshot capture. */
  snapshotCapture?: boolean | null;
  /** `cv_settings.detection_types.person_identification.enabled`: Familiar Faces. */
  familiarFaces?: boolean | null;
  /** `cv_settings.search_types.natural_language_search.enabled`: Smart Video Search. */
  smartVideoSearch?: boolean | null;
  /**
   * Whether the device says it records to Ring's cloud: `features.video_recording.recording_enabled` /
   * `recording_state` (device_info/v3, 2026), an intercom's `settings.recording_enabled`, or the settings
   * document's `motion_settings.enable_recording` (true only). `paths.cloudRecording` names the field that said it.
   */
  cloudRecording?: boolean | null;
  /** `backend_settings.user_specified_recording_24x7_ttl`: days 24/7 video is kept, when 24/7 recording is used. */
  recording24x7TtlDays?: number | null;
  /** `lite_24x7_footage_ttl` (device entry) or `backend_settings.user_specified_footage_hours_ttl`: hours snapshots are kept. */
  snapshotTtlHours?: number | null;
  /** The JSON path that stated a field, where a source has more than one place for it (set by the reader). */
  paths?: Partial<Record<RingPrivacyField, string>>;
  /**
   * Which source stated each field, filled in when captures are merged (newest capture wins per field),
   * so a finding can name its evidence: `ring.device-settings`, `ring.devices`, `ring.device-info`, `ring.page-state`.
   */
  sources?: Partial<Record<RingPrivacyField, SourceId>>;
}

/** The fields of {@link RingDeviceSettings} that several sources can state. */
export type RingPrivacyField =
  | 'audioRecording'
  | 'e2eeEnabled'
  | 'encryptionMethod'
  | 'recordingTtlDays'
  | 'localStorage'
  | 'snapshotCapture'
  | 'familiarFaces'
  | 'smartVideoSearch'
  | 'cloudRecording'
  | 'recording24x7TtlDays'
  | 'snapshotTtlHours';

export const RING_PRIVACY_FIELDS: readonly RingPrivacyField[] = [
  'audioRecording',
  'e2eeEnabled',
  'encryptionMethod',
  'recordingTtlDays',
  'localStorage',
  'snapshotCapture',
  'familiarFaces',
  'smartVideoSearch',
  'cloudRecording',
  'recording24x7TtlDays',
  'snapshotTtlHours',
];

/** `devices/v1/devices/{id}`: the account's role on one device (`authorization.role`: `owner`, `shared_user`, …). */
export interface RingDeviceAccess {
  deviceId: string;
  role: string;
}

/** `clients_api/session` or `clients_api/profile`: the signed-in account. */
export interface RingProfile {
  accountId: string | null;
  country: string | null;
  twoFactor: boolean | null;
  /** `features.nw_enabled`: Neighbors offered to this account. */
  neighborsEnabled: boolean | null;
  /** `features.nw_user_activated`: the user joined Neighbors. */
  neighborsActivated: boolean | null;
}

/** `devices/v1/locations` or `location_info/v4/locations/{id}`: a home. Address text is not kept, only what it reveals. */
export interface RingLocation {
  id: string;
  name: string;
  ownerId: string | null;
  hasStreetAddress: boolean;
  /** Decimal places of the stored coordinates: 4 or more pin the house (about 11 m). */
  coordinateDecimals: number | null;
  country: string | null;
  /** `address.city`, to name the location by; the rest of the address is not kept. */
  city?: string;
  professionalMonitoring: boolean | null;
  /** `is_owner` of `location_info/v3/locations`: false for a location someone shared with you. Null when not stated. */
  owned?: boolean | null;
}

/** Location id of a users list saved without its URL or an id in the file name ("unknown location"). */
export const UNKNOWN_LOCATION_ID = 'unknown-location';

/** `clients_api/locations/{id}/users`: people with access to a location. */
export interface RingLocationUser {
  locationId: string;
  userId: string;
  name: string;
  role: string;
  deviceIds: string[];
  /** `verified`: whether the person confirmed their Ring account (shown as "unverified" when false). Null: not stated. */
  verified?: boolean | null;
}

/** `integrations/amazonkey/v2/devices/lock_associations`: a Ring device linked to Key by Amazon. */
export interface RingKeyAssociation {
  id: string;
  deviceId: string | null;
  name: string | null;
}

/** `rs/monitoring/accounts/{locationId}`: professional monitoring and video verification. */
export interface RingMonitoring {
  locationId: string;
  professionallyMonitored: boolean | null;
  videoVerification: boolean | null;
  dispatch: boolean | null;
}

/** AI and capture features of one device, from `device_info/v3` or the settings document. */
export interface RingDeviceFeatures {
  deviceId: string;
  familiarFaces: boolean | null;
  aiVideoDescriptions: boolean | null;
  smartVideoSearch: boolean | null;
  snapshotCapture: boolean | null;
}

/** A setting read off a Control Center page by its label (English or German). */
export type ControlSettingKey =
  | 'sidewalk'
  | 'community-requests'
  | 'search-party'
  | 'natural-hazards'
  | 'neighbors'
  | 'e2ee'
  | 'familiar-faces'
  | 'ai-video-descriptions'
  | 'snapshot-capture'
  | 'alexa-link'
  | 'video-storage';

export interface ControlSetting {
  key: ControlSettingKey;
  state: 'on' | 'off' | null;
  /** A number the setting carries, e.g. days of video storage. */
  amount: number | null;
  /** A device the row names, when the setting is per device (Search Party). */
  deviceName: string | null;
  /** Route of the page it was read on. */
  page: string;
}

export type ControlListKey = 'authorized-devices' | 'linked-accounts' | 'shared-users' | 'amazon-devices';

export interface ControlList {
  key: ControlListKey;
  items: string[];
  page: string;
}
