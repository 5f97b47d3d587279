import type {
  ControlList,
  ControlSetting,
  RingDevice,
  RingDeviceAccess,
  RingDeviceFeatures,
  RingDeviceSettings,
  RingKeyAssociation,
  RingLocation,
  RingLocationUser,
  RingMonitoring,
  RingProfile,
} from './ring.ts';
import type { SourceInfo } from './diagnostics.ts';
import type { UnknownSetting } from './unknown-setting.ts';
import type { ExportFacts, ExportInventory } from './export.ts';
import type {
  AlexaDeviceAddress,
  AlexaDeviceSetting,
  AlexaEchoDevice,
  AlexaHouseholdMember,
  AlexaSkill,
  AmazonRegisteredDevice,
  AmazonSetting,
  ConnectedApp,
  SkillPermission,
  SmartHomeEndpoint,
  VoiceHistorySummary,
} from './alexa.ts';

/** What all sources together read. Each list is optional: absent means "no source of that kind was read". */
export interface Records {
  ringDevices?: RingDevice[];
  ringDeviceSettings?: RingDeviceSettings[];
  ringDeviceFeatures?: RingDeviceFeatures[];
  /** `devices/v1/devices/{id}`: the account's role per device. */
  ringDeviceAccess?: RingDeviceAccess[];
  ringProfile?: RingProfile[];
  ringLocations?: RingLocation[];
  ringLocationUsers?: RingLocationUser[];
  ringKeyAssociations?: RingKeyAssociation[];
  ringMonitoring?: RingMonitoring[];
  ringControlSettings?: ControlSetting[];
  ringControlLists?: ControlList[];
  alexaDevices?: AlexaEchoDevice[];
  alexaEndpoints?: SmartHomeEndpoint[];
  alexaDeviceSettings?: AlexaDeviceSetting[];
  alexaDeviceAddresses?: AlexaDeviceAddress[];
  alexaHousehold?: AlexaHouseholdMember[];
  alexaSkills?: AlexaSkill[];
  voiceHistory?: VoiceHistorySummary[];
  amazonDevices?: AmazonRegisteredDevice[];
  amazonSettings?: AmazonSetting[];
  skillPermissions?: SkillPermission[];
  connectedApps?: ConnectedApp[];
  /** Switches and feature blocks whose meaning Alexposé does not know (shown, never scored). */
  unknownSettings?: UnknownSetting[];
  /** Official data exports (Amazon, Ring): the inventory of every file, and the facts derived from known files. */
  exportInventories?: ExportInventory[];
  exportFacts?: ExportFacts[];
}

/** The output of one source over one capture. */
export interface SourceResult {
  source: SourceInfo;
  records: Records;
}
