/** Typed records read from Alexa and Amazon account data. `null` means "not stated in what was read". */

/** An Echo or other Alexa device from `api/devices-v2/device`. */
export interface AlexaEchoDevice {
  serial: string;
  name: string;
  /**
   * Who made it: `Amazon` for Amazon's own families; the maker a known device type names (ecobee, Sony, LG …);
   * `null` for hardware with Alexa built in whose maker the answer does not say (`THIRD_PARTY_AVS_*`, or
   * `UNKNOWN` with a third-party type); `''` when nothing says who made it. Absent in scans stored before 2026-12.
   */
  maker?: string | null;
  /** `deviceTypeFriendlyName` of third-party hardware, e.g. "LG OLED webOS 2021 TV". */
  model?: string | null;
  /** `ECHO`, `KNIGHT` (Echo Show), `ROOK`, … */
  family: string | null;
  deviceType: string | null;
  deviceAccountId: string | null;
  capabilities: string[];
  online: boolean | null;
  /**
   * A one-way digest ({@link customerDigest}) of `deviceOwnerCustomerId`, the Amazon customer the Echo is registered
   * to: it tells the account holder apart from the household's other members without keeping the owner's id.
   */
  ownerDigest?: string | null;
}

/** FNV-1a of a customer id, as 8 hex digits: enough to match a household member, useless as an id at Amazon. */
export function customerDigest(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** One Alexa interface of a smart-home endpoint, with what the vendor reports about it. */
export interface AlexaInterface {
  name: string;
  properties: string[];
  /** The vendor pushes every change of these properties to Amazon. */
  proactivelyReported: boolean | null;
  /** Amazon may ask the vendor for the current state at any time. */
  retrievable: boolean | null;
}

/**
 * How a smart-home device reaches Alexa: a vendor's skill; an Amazon device (an Echo, also when Amazon lists it
 * through one of its own cloud services or the Alexa app's first-party skill, `path.id` = its serial); Amazon's
 * own cloud service for a device made by someone else (e.g. a Zigbee bulb paired to an Echo hub); or unknown.
 */
export type SmartHomePathKind = 'skill' | 'amazon-device' | 'amazon-cloud' | 'unknown';

/** A smart-home device from the GraphQL endpoints response or the `api/behaviors/entities` list. */
export interface SmartHomeEndpoint {
  /** `legacyAppliance.applianceId`, else the endpoint id (entities: the entity id). */
  id: string;
  name: string;
  category: string | null;
  maker: string | null;
  path: { kind: SmartHomePathKind; id: string | null };
  interfaces: AlexaInterface[];
  /** Keys of the vendor's opaque `additionalApplianceDetails` (values are not kept: they may identify the user at the vendor). */
  vendorDetailKeys: string[];
  /**
   * Other ids Amazon gives the same device (endpoint id, entity id, merged appliance ids), so a device seen in two
   * lists or through two endpoints is one device.
   */
  aliases: string[];
  /** Which list it came from; GraphQL endpoints carry the interfaces, entities only name the device. */
  origin?: 'graphql' | 'entities' | 'state';
  /**
   * False when the answer named the device but not its interfaces (`listEndpoints` items with only
   * `legacyAppliance.applianceId`, aioamazondevices `queries.py` 2026), or an interface lists properties without
   * `proactivelyReported`/`retrievable`: whether it reports to Amazon is unknown.
   */
  interfacesRead?: boolean;
  /**
   * Live state Amazon returned for the device (`getEndpointState`: `features[].properties[]` with `timeOfSample` /
   * `timeOfLastChange`): Amazon holds its current state. Property names (`__typename` or `name`) and the newest sample time.
   */
  liveState?: { properties: string[]; lastSample: string | null };
}

/**
 * Folds the two smart-home lists into one: every GraphQL endpoint, plus each entity whose id GraphQL does not
 * know under any of its ids. Never a device twice.
 */
export function mergeSmartHomeLists(graphql: readonly SmartHomeEndpoint[], entities: readonly SmartHomeEndpoint[]): SmartHomeEndpoint[] {
  // No entities (the usual GraphQL-only scan): nothing to look up, so no set of every id of thousands of endpoints.
  if (entities.length === 0) return [...graphql];
  // `?? []`: scans stored before aliases existed have none.
  const ids = (e: SmartHomeEndpoint) => [e.id, ...(e.aliases ?? [])];
  const known = new Set<string>();
  for (const e of graphql) {
    known.add(e.id);
    for (const alias of e.aliases ?? []) known.add(alias);
  }
  const extra = entities.filter((e) => !ids(e).some((id) => known.has(id)));
  return [...graphql, ...extra];
}

/**
 * Folds a live-state answer (`getEndpointState`, origin `state`) into the inventory: the device it names (by id or
 * alias) gains the live state; a device no list named is added as it came (its interfaces unknown).
 */
export function foldLiveState(list: readonly SmartHomeEndpoint[], states: readonly SmartHomeEndpoint[]): SmartHomeEndpoint[] {
  const out = list.map((e) => ({ ...e }));
  for (const state of states) {
    const ids = [state.id, ...(state.aliases ?? [])];
    const known = out.find((e) => [e.id, ...(e.aliases ?? [])].some((id) => ids.includes(id)));
    if (known && state.liveState) known.liveState = state.liveState;
    else if (!known) out.push(state);
  }
  return out;
}

/**
 * How revealing a state is when a device reports each change of it to Amazon. `high`: who is home, asleep or away
 * (locks, doors and windows, presence, motion, sounds, camera events, security system, room temperature and
 * heating); `medium`: use of lights, plugs, media and appliances (a daily-routine timeline, less direct);
 * `low`: whether the device is online or its battery level. The reasons are in `src/findings/alexa/state-reporting.ts`.
 */
export type StateSensitivity = 'high' | 'medium' | 'low';

export const STATE_SENSITIVITY: Readonly<Record<string, StateSensitivity>> = {
  'Alexa.LockController': 'high',
  'Alexa.ContactSensor': 'high',
  'Alexa.MotionSensor': 'high',
  'Alexa.EventDetectionSensor': 'high',
  'Alexa.SmartVision.ObjectDetectionSensor': 'high',
  'Alexa.AcousticEventSensor': 'high',
  'Alexa.SecurityPanelController': 'high',
  'Alexa.DoorbellEventSource': 'high',
  'Alexa.Camera.LiveViewController': 'high',
  'Alexa.MediaMetadata': 'high',
  'Alexa.TemperatureSensor': 'high',
  'Alexa.ThermostatController': 'high',
  'Alexa.ThermostatController.HVAC.Components': 'high',
  'Alexa.ThermostatController.Schedule': 'high',
  'Alexa.CameraStreamController': 'medium',
  'Alexa.RTCSessionController': 'medium',
  'Alexa.MediaUploadManager': 'medium',
  'Alexa.PowerController': 'medium',
  'Alexa.BrightnessController': 'medium',
  'Alexa.ColorController': 'medium',
  'Alexa.ColorTemperatureController': 'medium',
  'Alexa.PowerLevelController': 'medium',
  'Alexa.PercentageController': 'medium',
  'Alexa.RangeController': 'medium',
  'Alexa.ModeController': 'medium',
  'Alexa.ToggleController': 'medium',
  'Alexa.DeviceUsage.Meter': 'medium',
  'Alexa.DeviceUsage.Estimation': 'medium',
  'Alexa.AutomationManagement': 'medium',
  'Alexa.InventoryLevelSensor': 'medium',
  'Alexa.InventoryUsageSensor': 'medium',
  'Alexa.ChannelController': 'medium',
  'Alexa.InputController': 'medium',
  'Alexa.Speaker': 'medium',
  'Alexa.StepSpeaker': 'medium',
  'Alexa.PlaybackController': 'medium',
  'Alexa.PlaybackStateReporter': 'medium',
  'Alexa.RecordController': 'medium',
  'Alexa.Launcher': 'medium',
  'Alexa.SeekController': 'medium',
  'Alexa.KeypadController': 'medium',
  'Alexa.EqualizerController': 'medium',
  'Alexa.WakeOnLANController': 'medium',
  'Alexa.Cooking': 'medium',
  'Alexa.Cooking.TimeController': 'medium',
  'Alexa.Cooking.TemperatureSensor': 'medium',
  'Alexa.TimeHoldController': 'medium',
  'Alexa.AirQuality.Humidity': 'medium',
  'Alexa.AirQuality.IndoorAirQuality': 'medium',
  'Alexa.AirQuality.ParticulateMatter': 'medium',
  'Alexa.AirQuality.VolatileOrganicCompounds': 'medium',
  'Alexa.AirQuality.CarbonMonoxide': 'medium',
  'Alexa.EndpointHealth': 'low',
  'Alexa.BatteryLevelSensor': 'low',
};

/** An interface Alexposé has no words for: shown by name, with a neutral (medium) risk rather than a guess either way. */
export const UNKNOWN_STATE_SENSITIVITY: StateSensitivity = 'medium';

/** `api/device-preferences`: whether Amazon stores a street address for an Echo. The address itself is never kept. */
export interface AlexaDeviceAddress {
  serial: string;
  deviceAccountId: string | null;
  deviceType: string | null;
  /** Any part of `deviceAddressModel` (or `deviceAddress` / `postalCode`) is filled in. */
  addressStored: boolean;
  /** `deviceAddressModel.countryCode`, two letters, or null. */
  country: string | null;
}

/** `api/v1/devices/{deviceAccountId}/settings/{key}`. */
export interface AlexaDeviceSetting {
  deviceAccountId: string;
  key: string;
  value: string | null;
}

/** An account in the Amazon Household (`api/household`) or a voice profile (`persons-in-household`). */
export interface AlexaHouseholdMember {
  id: string;
  name: string;
  role: string | null;
  kind: 'account' | 'voice-profile';
}

/** What the voice history shows: how many records, over what period, from which devices. No transcript is kept. */
export interface VoiceHistorySummary {
  /** `<timestamp>#<device>` per record, so pages read one by one add up without double counting. */
  recordKeys: string[];
  earliest: string | null;
  latest: string | null;
  devices: string[];
  endpoint: 'rvh' | 'rah';
  /** The response said there are more pages. */
  more: boolean;
}

/** A device registered to the Amazon account (Manage Your Content and Devices). */
export interface AmazonRegisteredDevice {
  serial: string;
  name: string;
  family: string | null;
  typeName: string | null;
}

/** A skill enabled on the account (Your Skills). */
export interface AlexaSkill {
  skillId: string;
  title: string;
  types: string[];
}

/** Settings read off Alexa Privacy and other Amazon pages by their labels. */
export type AmazonSettingKey = 'voice-retention' | 'human-review' | 'message-transcription' | 'sidewalk';

export interface AmazonSetting {
  key: AmazonSettingKey;
  state: 'on' | 'off' | null;
  /** For voice retention: `until-deleted`, `18-months`, `3-months` or `dont-save`. */
  value: string | null;
  page: string;
}

/** A permission a skill holds, from Manage Skill Permissions. */
export interface SkillPermission {
  skillName: string;
  /** The permission's scope when the label is known, else the label as shown. */
  permission: string;
  granted: boolean | null;
  page: string;
}

/** An app or website with Login-with-Amazon access to the account. */
export interface ConnectedApp {
  name: string;
  page: string;
}
