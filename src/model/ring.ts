/** Typed records read from Ring's JSON. `null` means "not stated in what we read", never "false". */

export type RingDeviceGroup =
  | 'doorbots'
  | 'authorized_doorbots'
  | 'stickup_cams'
  | 'chimes'
  | 'base_stations'
  | 'beams_bridges'
  | 'other';

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
  /** `amazon1p` devices (Blink, imported from Amazon) are made by Amazon. */
  maker: 'Ring' | 'Amazon';
  owned: boolean | null;
  /** In `authorized_doorbots`, or `owned: false`: someone else's device this account can see. */
  sharedWithYou: boolean;
  owner: RingPerson | null;
  locationId: string | null;
  /** Records video or audio (doorbells, cameras, intercoms). */
  hasCamera: boolean;
  isSidewalkGateway: boolean | null;
  sidewalkConnected: boolean | null;
  /** `settings.enable_audio_recording` in the device list. */
  audioRecording: boolean | null;
  /** Has a Ring subscription, i.e. cloud recording. */
  subscribed: boolean | null;
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
}
