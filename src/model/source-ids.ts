/**
 * The source registry: every source Alexposé reads, under the id the report, a finding's evidence, coverage, the store
 * and the UI call it by. The ids are a public contract (report `sources[].id`, `evidence.source`): extend, never rename.
 * Each id is spelled here only; everything else names it as `SOURCE.…` (test/unit/sources/registry-meta.test.ts).
 * It lives in `model` because records and findings name sources and `model` imports no other layer; the readers
 * (`sources/*-sources.ts`, `sources/export/read-export.ts`) use these ids, and the meta-test holds the two together.
 */
export const SOURCE = {
  ringPageState: 'ring.page-state',
  ringControlCenter: 'ring.control-center',
  ringDevices: 'ring.devices',
  ringDeviceSettings: 'ring.device-settings',
  ringDevice: 'ring.device',
  ringDeviceInfo: 'ring.device-info',
  ringProfile: 'ring.profile',
  ringLocations: 'ring.locations',
  ringLocationUsers: 'ring.location-users',
  ringKeyAssociations: 'ring.key-associations',
  ringMonitoring: 'ring.monitoring',
  ringExport: 'ring.export',
  amazonPrivacyPage: 'amazon.privacy-page',
  amazonVoiceHistory: 'amazon.voice-history',
  amazonPersons: 'amazon.persons',
  amazonRegisteredDevices: 'amazon.registered-devices',
  amazonExport: 'amazon.export',
  alexaDevices: 'alexa.devices',
  alexaSmartHome: 'alexa.smart-home',
  alexaSmartHomeEntities: 'alexa.smart-home-entities',
  alexaDeviceSetting: 'alexa.device-setting',
  alexaDevicePreferences: 'alexa.device-preferences',
  alexaHousehold: 'alexa.household',
  alexaSkills: 'alexa.skills',
} as const;

/** A source's id: `<service>.<name>`, the service being the one the source reads. */
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

/**
 * What a result is filed under when no source read it: `unknown` an input no reader recognized, `input` a file that
 * could not be read at all, `export` a data export of no known service. Not sources: no reader, fixture or fuzz entry.
 */
export const NO_SOURCE = { unknown: 'unknown', input: 'input', export: 'export' } as const;

/** The message key of a source's name (`source_ring_device_settings`); stored results may hold ids of newer versions. */
export function sourceMessageKey(id: string): string {
  return `source_${id.replace(/[^a-z0-9]/gi, '_')}`;
}
