/** Typed records read from Alexa and Amazon account data. `null` means "not stated in what was read". */

/** An Echo or other Alexa device from `api/devices-v2/device`. */
export interface AlexaEchoDevice {
  serial: string;
  name: string;
  /** `ECHO`, `KNIGHT` (Echo Show), `ROOK`, … */
  family: string | null;
  deviceType: string | null;
  deviceAccountId: string | null;
  capabilities: string[];
  online: boolean | null;
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

/** How a smart-home device reaches Alexa. */
export type SmartHomePathKind = 'skill' | 'amazon-device' | 'amazon-cloud' | 'unknown';

/** A smart-home device from the GraphQL endpoints response (or `api/phoenix`). */
export interface SmartHomeEndpoint {
  /** `legacyAppliance.applianceId`, else the endpoint id. */
  id: string;
  name: string;
  category: string | null;
  maker: string | null;
  path: { kind: SmartHomePathKind; id: string | null };
  interfaces: AlexaInterface[];
  /** Keys of the vendor's opaque `additionalApplianceDetails` (values are not kept: they may identify the user at the vendor). */
  vendorDetailKeys: string[];
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
