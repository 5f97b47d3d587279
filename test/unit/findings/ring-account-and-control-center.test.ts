// @vitest-environment node
/** The 14 checks added with the account sources and the Control Center, one trigger and one non-trigger case each at least. */
import { cloudVideoStorage } from '../../../src/findings/ring/cloud-video-storage.ts';
import { sharedUsers } from '../../../src/findings/ring/shared-users.ts';
import { authorizedDevices } from '../../../src/findings/ring/authorized-devices.ts';
import { linkedAccounts } from '../../../src/findings/ring/linked-accounts.ts';
import { alexaLink } from '../../../src/findings/ring/alexa-link.ts';
import { neighbors } from '../../../src/findings/ring/neighbors.ts';
import { communityRequests } from '../../../src/findings/ring/community-requests.ts';
import { searchParty } from '../../../src/findings/ring/search-party.ts';
import { familiarFaces } from '../../../src/findings/ring/familiar-faces.ts';
import { aiVideoDescriptions } from '../../../src/findings/ring/ai-video-descriptions.ts';
import { snapshotCapture } from '../../../src/findings/ring/snapshot-capture.ts';
import { locationPrecise } from '../../../src/findings/ring/location-precise.ts';
import { keyByAmazon } from '../../../src/findings/ring/key-by-amazon.ts';
import { monitoringVideoVerification } from '../../../src/findings/ring/monitoring-video-verification.ts';
import { sidewalk } from '../../../src/findings/ring/sidewalk.ts';
import type { Records } from '../../../src/model/records.ts';
import { control, controlList, device, features, location, locationUser, monitoring, profile, settings, subjectsAndRisks } from '../records.ts';

const ACCOUNT = '4100001';
/** An account whose id comes from the profile, so account subjects are predictable. */
const withProfile = (records: Records): Records => ({ ringProfile: [profile({ accountId: ACCOUNT })], ...records });

describe('ring.cloud-video-storage', () => {
  it('is high above 30 days and medium at 30 days or less, per camera', () => {
    const records = { ringDevices: [device('1'), device('2'), device('3')], ringDeviceSettings: [settings('1', { recordingTtlDays: 60 }), settings('2', { recordingTtlDays: 30 }), settings('3', { recordingTtlDays: 7 })] };
    const findings = cloudVideoStorage.run(records);
    expect(subjectsAndRisks(findings)).toEqual([
      ['device', '1', 'high'],
      ['device', '2', 'medium'],
      ['device', '3', 'medium'],
    ]);
    expect(findings.map((f) => f.details['days'])).toEqual([60, 30, 7]);
  });

  it('prefers the per-camera days over the Control Center value', () => {
    const records = withProfile({ ringDevices: [device('1')], ringDeviceSettings: [settings('1', { recordingTtlDays: 7 })], ringControlSettings: [control('video-storage', null, { amount: 180 })] });
    const findings = cloudVideoStorage.run(records);
    expect(subjectsAndRisks(findings)).toEqual([['device', '1', 'medium']]);
    expect(findings[0]?.evidence.source).toBe('ring.device-settings');
  });

  it('falls back to the Control Center value for the account', () => {
    const high = cloudVideoStorage.run(withProfile({ ringControlSettings: [control('video-storage', null, { amount: 60 })] }));
    expect(subjectsAndRisks(high)).toEqual([['account', ACCOUNT, 'high']]);
    expect(high[0]).toMatchObject({ evidence: { source: 'ring.control-center' }, details: { days: 60 } });
    expect(subjectsAndRisks(cloudVideoStorage.run(withProfile({ ringControlSettings: [control('video-storage', null, { amount: 30 })] })))).toEqual([['account', ACCOUNT, 'medium']]);
  });

  it('finds nothing for local storage, no subscription, no camera or no stated days', () => {
    const ttl = { recordingTtlDays: 60 };
    expect(cloudVideoStorage.run({ ringDevices: [device('1')], ringDeviceSettings: [settings('1', { ...ttl, localStorage: true })] })).toEqual([]);
    expect(cloudVideoStorage.run({ ringDevices: [device('1', { subscribed: false })], ringDeviceSettings: [settings('1', ttl)] })).toEqual([]);
    expect(cloudVideoStorage.run({ ringDevices: [device('1', { hasCamera: false, category: 'chime' })], ringDeviceSettings: [settings('1', ttl)] })).toEqual([]);
    expect(cloudVideoStorage.run({ ringDevices: [device('1')], ringDeviceSettings: [settings('1')] })).toEqual([]);
    expect(cloudVideoStorage.run({ ringControlSettings: [control('video-storage', null)] })).toEqual([]);
  });
});

describe('ring.shared-users', () => {
  it('finds the people other than the owner, per location, named after the location', () => {
    const records = {
      ringLocations: [location('L1', { name: 'Zuhause' })],
      ringLocationUsers: [locationUser('L1', '1', 'owner'), locationUser('L1', '2', 'shared_user', { name: 'Sam' }), locationUser('L2', '3', 'owner')],
    };
    const findings = sharedUsers.run(records);
    expect(subjectsAndRisks(findings)).toEqual([['location', 'L1', 'medium']]);
    expect(findings[0]).toMatchObject({ subject: { name: 'Zuhause' }, details: { count: 1, people: 'Sam (shared_user)' } });
  });

  it('finds nothing when only owners have access', () => {
    expect(sharedUsers.run({ ringLocationUsers: [locationUser('L1', '1', 'owner')] })).toEqual([]);
  });

  it('falls back to the Control Center list for the account, and not for an empty list', () => {
    expect(subjectsAndRisks(sharedUsers.run(withProfile({ ringControlLists: [controlList('shared-users', ['Sam · Shared User'])] })))).toEqual([['account', ACCOUNT, 'medium']]);
    expect(sharedUsers.run({ ringControlLists: [controlList('shared-users', [])] })).toEqual([]);
  });

  it('prefers the users list over the Control Center list', () => {
    const records = { ringLocationUsers: [locationUser('L1', '2', 'guest')], ringControlLists: [controlList('shared-users', ['Sam'])] };
    expect(subjectsAndRisks(sharedUsers.run(records))).toEqual([['location', 'L1', 'medium']]);
  });
});

describe.each([
  ['ring.authorized-devices', authorizedDevices, 'authorized-devices'],
  ['ring.linked-accounts', linkedAccounts, 'linked-accounts'],
] as const)('%s', (id, check, key) => {
  it('finds a non-empty list for the account, with count and items', () => {
    const findings = check.run(withProfile({ ringControlLists: [controlList(key, ['A', 'B'])] }));
    expect(findings.map((f) => f.id)).toEqual([id]);
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'medium']]);
    expect(findings[0]?.details).toEqual({ count: 2, items: 'A; B' });
  });

  it('finds nothing for an empty or absent list, or a list of another kind', () => {
    expect(check.run({ ringControlLists: [controlList(key, [])] })).toEqual([]);
    expect(check.run({})).toEqual([]);
    expect(check.run({ ringControlLists: [controlList('amazon-devices', ['Echo'])] })).toEqual([]);
  });
});

describe('ring.alexa-link', () => {
  it('finds a linked Amazon account at low risk', () => {
    const findings = alexaLink.run(withProfile({ ringControlSettings: [control('alexa-link', 'on')] }));
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'low']]);
    expect(findings[0]?.evidence.field).toBe('Amazon Account Linking');
  });

  it('finds Echo devices connected by the Ring skill even without the switch', () => {
    const findings = alexaLink.run(withProfile({ ringControlSettings: [control('alexa-link', 'off')], ringControlLists: [controlList('amazon-devices', ['Echo Show 8'])] }));
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'low']]);
    expect(findings[0]).toMatchObject({ evidence: { field: 'Amazon Devices Connected by Ring Skill' }, details: { amazonDevices: 1, items: 'Echo Show 8' } });
  });

  it('finds nothing when unlinked and without Echo devices', () => {
    expect(alexaLink.run({ ringControlSettings: [control('alexa-link', 'off')], ringControlLists: [controlList('amazon-devices', [])] })).toEqual([]);
    expect(alexaLink.run({ ringControlSettings: [control('alexa-link', null)] })).toEqual([]);
  });
});

describe('ring.neighbors', () => {
  it('finds an account that joined Neighbors, from the profile', () => {
    const findings = neighbors.run({ ringProfile: [profile({ neighborsActivated: true })] });
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'medium']]);
    expect(findings[0]?.evidence).toEqual({ source: 'ring.profile', field: 'features.nw_user_activated' });
  });

  it('does not count Neighbors merely offered (nw_enabled) as joined', () => {
    expect(neighbors.run({ ringProfile: [profile({ neighborsEnabled: true, neighborsActivated: false })] })).toEqual([]);
  });

  it('lets the Control Center switch override the profile flag, both ways', () => {
    expect(neighbors.run({ ringProfile: [profile({ neighborsActivated: true })], ringControlSettings: [control('neighbors', 'off')] })).toEqual([]);
    const on = neighbors.run({ ringProfile: [profile({ neighborsActivated: false })], ringControlSettings: [control('neighbors', 'on')] });
    expect(subjectsAndRisks(on)).toEqual([['account', ACCOUNT, 'medium']]);
    expect(on[0]?.evidence.source).toBe('ring.control-center');
  });

  it('ignores a switch of unknown state and keeps the profile answer', () => {
    const records = { ringProfile: [profile({ neighborsActivated: true })], ringControlSettings: [control('neighbors', null)] };
    expect(neighbors.run(records)[0]?.evidence.source).toBe('ring.profile');
  });
});

describe('ring.community-requests', () => {
  it('finds the switch on, for the account', () => {
    const findings = communityRequests.run(withProfile({ ringControlSettings: [control('community-requests', 'on')] }));
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'medium']]);
    expect(findings[0]?.details).toEqual({ setting: 'community-requests', page: '/account/control-center' });
  });

  it('finds nothing when off or unknown', () => {
    expect(communityRequests.run({ ringControlSettings: [control('community-requests', 'off'), control('community-requests', null, { deviceName: 'x' })] })).toEqual([]);
  });
});

describe('ring.search-party', () => {
  const devices = [device('70010002', { name: 'Garten Flutlicht' }), device('70010001', { name: 'Front Door' })];

  it('maps the row of a camera to that camera when the device list knows its name', () => {
    const records = { ringDevices: devices, ringControlSettings: [control('search-party', 'on', { deviceName: 'Garten Flutlicht' }), control('search-party', 'off', { deviceName: 'Front Door' })] };
    const findings = searchParty.run(records);
    expect(subjectsAndRisks(findings)).toEqual([['device', '70010002', 'medium']]);
    expect(findings[0]?.subject.name).toBe('Garten Flutlicht');
  });

  it('keeps the row name as the device when the device list does not know it', () => {
    const findings = searchParty.run({ ringControlSettings: [control('search-party', 'on', { deviceName: 'Shed Cam' })] });
    expect(findings.map((f) => f.subject)).toEqual([{ type: 'device', id: 'Shed Cam', name: 'Shed Cam' }]);
  });

  it('counts Natural Hazards as Search Party too, and an account-wide switch for the account', () => {
    const records = withProfile({ ringDevices: devices, ringControlSettings: [control('natural-hazards', 'on', { deviceName: 'Front Door' }), control('search-party', 'on')] });
    expect(subjectsAndRisks(searchParty.run(records))).toEqual([
      ['account', ACCOUNT, 'medium'],
      ['device', '70010001', 'medium'],
    ]);
  });

  it('finds nothing when every row is off', () => {
    expect(searchParty.run({ ringDevices: devices, ringControlSettings: [control('search-party', 'off', { deviceName: 'Front Door' }), control('natural-hazards', 'off', { deviceName: 'Front Door' })] })).toEqual([]);
  });
});

describe('ring.familiar-faces', () => {
  it('finds a camera with face recognition on in device_info, at high risk', () => {
    const findings = familiarFaces.run({ ringDevices: [device('1'), device('2')], ringDeviceFeatures: [features('1', { familiarFaces: true }), features('2', { familiarFaces: false })] });
    expect(subjectsAndRisks(findings)).toEqual([['device', '1', 'high']]);
    expect(findings[0]).toMatchObject({ evidence: { source: 'ring.device-info', field: 'person_identification' }, details: { familiarFaces: true } });
  });

  it('lets the settings document override device_info', () => {
    const records = { ringDevices: [device('1')], ringDeviceSettings: [settings('1', { familiarFaces: false })], ringDeviceFeatures: [features('1', { familiarFaces: true })] };
    expect(familiarFaces.run(records)).toEqual([]);
  });

  it('ignores devices without camera', () => {
    expect(familiarFaces.run({ ringDevices: [device('1', { hasCamera: false })], ringDeviceFeatures: [features('1', { familiarFaces: true })] })).toEqual([]);
  });

  it('falls back to the Control Center switch only when no device says it', () => {
    expect(subjectsAndRisks(familiarFaces.run(withProfile({ ringControlSettings: [control('familiar-faces', 'on')] })))).toEqual([['account', ACCOUNT, 'high']]);
    expect(familiarFaces.run({ ringControlSettings: [control('familiar-faces', 'off')] })).toEqual([]);
  });

  // Regression (found by review): src/findings/ring/device-feature-check.ts (then src/checks/ring/): evidence.source is 'ring.device-settings' whenever a settings document
  // exists, even when the flag came from device_info (the settings document said nothing about it).
  // Input: settings('1') without cv_settings + device_info familiarFaces true. Expected evidence.source 'ring.device-info';
  // actual 'ring.device-settings'. (The HAR shows the same for 70010003.)
  it('names device_info as evidence when only device_info stated the flag', () => {
    const records = { ringDevices: [device('1')], ringDeviceSettings: [settings('1', { recordingTtlDays: 7 })], ringDeviceFeatures: [features('1', { familiarFaces: true })] };
    expect(familiarFaces.run(records)[0]?.evidence.source).toBe('ring.device-info');
  });
});

describe('ring.ai-video-descriptions', () => {
  it('finds AI descriptions or Smart Video Search on, per camera', () => {
    const records = {
      ringDevices: [device('1'), device('2'), device('3')],
      ringDeviceFeatures: [features('1', { aiVideoDescriptions: true }), features('2', { smartVideoSearch: true }), features('3', { aiVideoDescriptions: false, smartVideoSearch: false })],
    };
    const findings = aiVideoDescriptions.run(records);
    expect(subjectsAndRisks(findings)).toEqual([
      ['device', '1', 'medium'],
      ['device', '2', 'medium'],
    ]);
    expect(findings[1]?.details).toEqual({ aiVideoDescriptions: null, smartVideoSearch: true });
  });

  it('reads Smart Video Search from the settings document too', () => {
    const records = { ringDevices: [device('1')], ringDeviceSettings: [settings('1', { smartVideoSearch: true })] };
    expect(subjectsAndRisks(aiVideoDescriptions.run(records))).toEqual([['device', '1', 'medium']]);
  });

  it('finds nothing when both are off or unknown', () => {
    expect(aiVideoDescriptions.run({ ringDevices: [device('1')], ringDeviceFeatures: [features('1', { aiVideoDescriptions: false })] })).toEqual([]);
    expect(aiVideoDescriptions.run({ ringDevices: [device('1')] })).toEqual([]);
  });
});

describe('ring.snapshot-capture', () => {
  it('finds 24/7 snapshots on from settings or device_info', () => {
    const records = { ringDevices: [device('1'), device('2')], ringDeviceSettings: [settings('1', { snapshotCapture: true })], ringDeviceFeatures: [features('2', { snapshotCapture: true })] };
    expect(subjectsAndRisks(snapshotCapture.run(records))).toEqual([
      ['device', '1', 'medium'],
      ['device', '2', 'medium'],
    ]);
  });

  it('lets settings saying off win over device_info saying on', () => {
    const records = { ringDevices: [device('1')], ringDeviceSettings: [settings('1', { snapshotCapture: false })], ringDeviceFeatures: [features('1', { snapshotCapture: true })] };
    expect(snapshotCapture.run(records)).toEqual([]);
  });

  it('falls back to the Control Center switch for the account', () => {
    expect(subjectsAndRisks(snapshotCapture.run(withProfile({ ringControlSettings: [control('snapshot-capture', 'on')] })))).toEqual([['account', ACCOUNT, 'medium']]);
  });
});

describe('ring.location-precise', () => {
  it('finds coordinates with 4 decimals but not with 3', () => {
    const records = { ringLocations: [location('four', { coordinateDecimals: 4 }), location('three', { coordinateDecimals: 3 }), location('none')] };
    const findings = locationPrecise.run(records);
    expect(subjectsAndRisks(findings)).toEqual([['location', 'four', 'low']]);
    expect(findings[0]).toMatchObject({ evidence: { field: 'geo_coordinates' }, details: { streetAddress: false, coordinateDecimals: 4 } });
  });

  it('finds a stored street address whatever the coordinates', () => {
    const findings = locationPrecise.run({ ringLocations: [location('addr', { hasStreetAddress: true, coordinateDecimals: 1 })] });
    expect(subjectsAndRisks(findings)).toEqual([['location', 'addr', 'low']]);
    expect(findings[0]?.evidence.field).toBe('address');
  });
});

describe('ring.key-by-amazon', () => {
  it('finds a device the list marks as Key by Amazon, at high risk', () => {
    expect(subjectsAndRisks(keyByAmazon.run({ ringDevices: [device('5', { keyByAmazon: true }), device('6', { keyByAmazon: false })] }))).toEqual([['device', '5', 'high']]);
  });

  it('reports a device once when both the list and an association name it', () => {
    const records = { ringDevices: [device('5', { keyByAmazon: true, name: 'Garage' })], ringKeyAssociations: [{ id: 'a1', deviceId: '5', name: 'Garage' }] };
    const findings = keyByAmazon.run(records);
    expect(subjectsAndRisks(findings)).toEqual([['device', '5', 'high']]);
    expect(findings[0]?.evidence.source).toBe('ring.devices');
  });

  it('finds associations: the known device by its list name, an unknown device by its id, none for the account', () => {
    const records = withProfile({
      ringDevices: [device('5', { name: 'Front Door' })],
      ringKeyAssociations: [
        { id: 'a1', deviceId: '5', name: 'Lock' },
        { id: 'a2', deviceId: '9', name: 'Garage' },
        { id: 'a3', deviceId: null, name: null },
      ],
    });
    const findings = keyByAmazon.run(records);
    expect(subjectsAndRisks(findings)).toEqual([
      ['device', '5', 'high'],
      ['device', '9', 'high'],
      ['account', ACCOUNT, 'high'],
    ]);
    expect(findings.map((f) => f.subject.name)).toEqual(['Front Door', 'Garage', 'Ring']);
  });

  it('finds nothing without marks or associations', () => {
    expect(keyByAmazon.run({ ringDevices: [device('5')], ringKeyAssociations: [] })).toEqual([]);
  });
});

describe('ring.monitoring-video-verification', () => {
  it('finds a location opted in (vrUserOptIn: Guard Response), named after the location', () => {
    const records = { ringLocations: [location('L1', { name: 'Zuhause' })], ringMonitoring: [monitoring('L1', { videoVerification: true, professionallyMonitored: true, dispatch: false }), monitoring('L2', { videoVerification: true })] };
    const findings = monitoringVideoVerification.run(records);
    // Low: a guard may be sent on an alarm; nobody watches the cameras for it (re-risked, issue 14).
    expect(subjectsAndRisks(findings)).toEqual([
      ['location', 'L1', 'low'],
      ['location', 'L2', 'low'],
    ]);
    expect(findings.map((f) => f.subject.name)).toEqual(['Zuhause', 'L2']);
    expect(findings[0]?.details).toEqual({ professionallyMonitored: true, dispatch: false });
  });

  it('finds nothing when verification is off or unknown', () => {
    expect(monitoringVideoVerification.run({ ringMonitoring: [monitoring('L1', { videoVerification: false, professionallyMonitored: true }), monitoring('L2')] })).toEqual([]);
  });
});

describe('ring.sidewalk with the Control Center switch', () => {
  const bridge = device('2', { isSidewalkGateway: true });

  it('finds nothing for bridges when the account switch is off', () => {
    expect(sidewalk.run({ ringDevices: [bridge], ringControlSettings: [control('sidewalk', 'off')] })).toEqual([]);
  });

  it('adds an account finding when the switch is on', () => {
    const findings = sidewalk.run(withProfile({ ringDevices: [bridge], ringControlSettings: [control('sidewalk', 'on')] }));
    expect(subjectsAndRisks(findings)).toEqual([
      ['device', '2', 'medium'],
      ['account', ACCOUNT, 'medium'],
    ]);
    expect(findings[0]?.details['accountSwitch']).toBe('on');
  });

  it('finds the account alone when the switch is on and no device is known', () => {
    expect(subjectsAndRisks(sidewalk.run(withProfile({ ringControlSettings: [control('sidewalk', 'on')] })))).toEqual([['account', ACCOUNT, 'medium']]);
  });

  it('treats a switch of unknown state, or one naming a device, as no account switch', () => {
    expect(subjectsAndRisks(sidewalk.run({ ringDevices: [bridge], ringControlSettings: [control('sidewalk', null), control('sidewalk', 'off', { deviceName: 'x' })] }))).toEqual([['device', '2', 'medium']]);
  });
});
