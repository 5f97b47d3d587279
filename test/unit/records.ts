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
import { CATALOG } from '../../src/knowledge/catalog.ts';

export const CC_PAGE = '/account/control-center';

export function device(id: string, over: Partial<RingDevice> = {}): RingDevice {
  return {
    id, name: `Device ${id}`, kind: 'hp_cam_v2', group: 'stickup_cams', category: 'camera', maker: 'Ring',
    owned: true, sharedWithYou: false, owner: { id: '1', name: 'Owner' }, locationId: 'loc', hasCamera: true,
    isSidewalkGateway: null, sidewalkConnected: null, audioRecording: null, subscribed: true, ...over,
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
  return { id, name: `Home ${id}`, ownerId: '4100001', hasStreetAddress: false, coordinateDecimals: null, country: null, professionalMonitoring: null, ...over };
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
