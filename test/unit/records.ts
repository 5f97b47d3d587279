/** Small hand-built records for check, police-path and merge tests. Every field is stated; override what a test is about. */
import type { RawFinding, Risk } from '../../src/model/finding.ts';
import type { Records, SourceResult } from '../../src/model/records.ts';
import type {
  ControlList,
  ControlSetting,
  RingDevice,
  RingDeviceFeatures,
  RingDeviceSettings,
  RingLocation,
  RingLocationUser,
  RingMonitoring,
  RingProfile,
} from '../../src/model/ring.ts';
import type {
  AlexaDeviceSetting,
  AlexaEchoDevice,
  AlexaHouseholdMember,
  AlexaInterface,
  AlexaSkill,
  AmazonSetting,
  SkillPermission,
  SmartHomeEndpoint,
  SmartHomePathKind,
  VoiceHistorySummary,
} from '../../src/model/alexa.ts';
import { CATALOG } from '../../src/knowledge/catalog.ts';

export const CC_PAGE = '/account/control-center';

export function device(id: string, over: Partial<RingDevice> = {}): RingDevice {
  return {
    id,
    name: `Device ${id}`,
    kind: 'hp_cam_v2',
    group: 'stickup_cams',
    category: 'camera',
    maker: 'Ring',
    owned: true,
    sharedWithYou: false,
    owner: { id: '1', name: 'Owner' },
    locationId: 'loc',
    hasCamera: true,
    isSidewalkGateway: null,
    sidewalkConnected: null,
    audioRecording: null,
    subscribed: true,
    ...over,
  };
}

export function settings(deviceId: string, over: Partial<RingDeviceSettings> = {}): RingDeviceSettings {
  return { deviceId, audioRecording: null, e2eeEnabled: null, encryptionMethod: null, recordingTtlDays: null, localStorage: null, ...over };
}

export function features(deviceId: string, over: Partial<RingDeviceFeatures> = {}): RingDeviceFeatures {
  return { deviceId, familiarFaces: null, aiVideoDescriptions: null, smartVideoSearch: null, snapshotCapture: null, ...over };
}

export function profile(over: Partial<RingProfile> = {}): RingProfile {
  return { accountId: '4100001', country: 'DE', twoFactor: true, neighborsEnabled: null, neighborsActivated: null, ...over };
}

export function location(id: string, over: Partial<RingLocation> = {}): RingLocation {
  return {
    id,
    name: `Home ${id}`,
    ownerId: '4100001',
    hasStreetAddress: false,
    coordinateDecimals: null,
    country: null,
    professionalMonitoring: null,
    ...over,
  };
}

export function locationUser(locationId: string, userId: string, role: string, over: Partial<RingLocationUser> = {}): RingLocationUser {
  return { locationId, userId, name: `User ${userId}`, role, deviceIds: [], ...over };
}

export function monitoring(locationId: string, over: Partial<RingMonitoring> = {}): RingMonitoring {
  return { locationId, professionallyMonitored: null, videoVerification: null, dispatch: null, ...over };
}

export function control(key: ControlSetting['key'], state: ControlSetting['state'], over: Partial<ControlSetting> = {}): ControlSetting {
  return { key, state, amount: null, deviceName: null, page: CC_PAGE, ...over };
}

export function controlList(key: ControlList['key'], items: string[]): ControlList {
  return { key, items, page: CC_PAGE };
}

/** A source result that carries only records, for merge tests. */
export function resultOf(records: Records, id = 'test'): SourceResult {
  return { source: { id, service: 'ring', kind: 'json', status: 'read', origin: 'file:', diagnostics: [] }, records };
}

/** The risk a finding ends up with in the report: its own override, else the catalog default. */
export function riskOf(finding: RawFinding): Risk {
  const entry = CATALOG[finding.id];
  if (!entry) throw new Error(`no catalog entry for ${finding.id}`);
  return finding.risk ?? entry.risk;
}

/** `[type, id, risk]` of each finding, in check order: the three facts most tests assert. */
export function subjectsAndRisks(findings: readonly RawFinding[]): [string, string, Risk][] {
  return findings.map((f) => [f.subject.type, f.subject.id, riskOf(f)]);
}

/* ---------- Alexa / Amazon ---------- */

export function echo(serial: string, over: Partial<AlexaEchoDevice> = {}): AlexaEchoDevice {
  return {
    serial,
    name: `Echo ${serial}`,
    family: 'ECHO',
    deviceType: 'A32DOYMUN6DTXA',
    deviceAccountId: `ACC-${serial}`,
    capabilities: [],
    online: true,
    ...over,
  };
}

/** An interface: `p` = proactivelyReported, `r` = retrievable. */
export function iface(name: string, p: boolean | null, r: boolean | null, properties: string[] = []): AlexaInterface {
  return { name, properties, proactivelyReported: p, retrievable: r };
}

export function endpoint(
  id: string,
  kind: SmartHomePathKind,
  pathId: string | null,
  interfaces: AlexaInterface[],
  over: Partial<SmartHomeEndpoint> = {},
): SmartHomeEndpoint {
  return { id, name: `Endpoint ${id}`, category: null, maker: null, path: { kind, id: pathId }, interfaces, vendorDetailKeys: [], aliases: [], ...over };
}

export function alexaSkill(skillId: string, title: string, types: string[] = ['SMART_HOME']): AlexaSkill {
  return { skillId, title, types };
}

export function amazonSetting(
  key: AmazonSetting['key'],
  state: AmazonSetting['state'],
  value: string | null = null,
  page = '/alexa-privacy/apd/myad',
): AmazonSetting {
  return { key, state, value, page };
}

export function skillPerm(
  skillName: string,
  permission: string,
  granted: boolean | null = true,
  page = '/alexa-privacy/apd/skill-permissions',
): SkillPermission {
  return { skillName, permission, granted, page };
}

export function member(id: string, kind: AlexaHouseholdMember['kind'], role: string | null = 'ADULT'): AlexaHouseholdMember {
  return { id, name: `Person ${id}`, role, kind };
}

export function deviceSetting(deviceAccountId: string, key: string, value: string | null): AlexaDeviceSetting {
  return { deviceAccountId, key, value };
}

/** A page of voice history with `count` records, one a day from 2026-11-01, all from one device. */
export function voicePage(count: number, over: Partial<VoiceHistorySummary> = {}, device = 'Echo Dot'): VoiceHistorySummary {
  const times = Array.from({ length: count }, (_, i) => Date.UTC(2026, 10, 1 + i));
  return {
    recordKeys: times.map((t) => `${t}#${device}`),
    earliest: count ? new Date(times[0] as number).toISOString() : null,
    latest: count ? new Date(times[count - 1] as number).toISOString() : null,
    devices: count ? [device] : [],
    endpoint: 'rvh',
    more: false,
    ...over,
  };
}
