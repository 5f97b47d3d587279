// @vitest-environment node
/** The 15 Alexa and Amazon checks, one trigger and one non-trigger case each at least, on small hand-built records. */
import { CHECKS } from '../../../src/findings/lookups.ts';
import { stateReporting } from '../../../src/findings/alexa/state-reporting.ts';
import { stateQueryable } from '../../../src/findings/alexa/state-queryable.ts';
import { skillDevice } from '../../../src/findings/alexa/skill-device.ts';
import { presenceDetection } from '../../../src/findings/alexa/presence-detection.ts';
import { soundDetection } from '../../../src/findings/alexa/sound-detection.ts';
import { cameraRemoteView } from '../../../src/findings/alexa/camera-remote-view.ts';
import { voiceHistory } from '../../../src/findings/alexa/voice-history.ts';
import { amazonSidewalk } from '../../../src/findings/amazon/sidewalk.ts';
import { humanReview } from '../../../src/findings/alexa/human-review.ts';
import { messageTranscription } from '../../../src/findings/alexa/message-transcription.ts';
import { voiceRetention } from '../../../src/findings/alexa/voice-retention.ts';
import { skillPermission } from '../../../src/findings/alexa/skill-permission.ts';
import { householdProfiles } from '../../../src/findings/alexa/household-profiles.ts';
import { connectedApp } from '../../../src/findings/amazon/connected-app.ts';
import { registeredDevice } from '../../../src/findings/amazon/registered-device.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { Records } from '../../../src/model/records.ts';
import { ALEXA_API, APPLIANCE, ECHO_DOT, ECHO_SHOW, alexaCapture, alexaFixtureJson } from '../fixtures.ts';
import { alexaSkill, amazonSetting, deviceSetting, echo, endpoint, iface, member, skillPerm, subjectsAndRisks, voicePage } from '../records.ts';

const ACCOUNT = 'amazon-account';

/** The mixed household of the acceptance case: thermostat and lock through skills, an Echo Show, a light only queryable. */
const THERMOSTAT = endpoint('thermo-1', 'skill', 'skill.ecobee', [iface('Alexa', null, null), iface('Alexa.ThermostatController', true, true, ['targetSetpoint']), iface('Alexa.TemperatureSensor', true, true, ['temperature'])], { name: 'Thermostat', maker: 'ecobee Inc.' });
const LOCK = endpoint('lock-1', 'skill', 'skill.nuki', [iface('Alexa.LockController', true, true, ['lockState'])], { name: 'Front door', maker: 'Nuki Home Solutions GmbH' });
const ECHO_BRIDGE = endpoint('AlexaBridge_SHOW', 'amazon-device', 'SHOW', [iface('Alexa.EventDetectionSensor', true, false), iface('Alexa.AcousticEventSensor', true, false), iface('Alexa.EndpointHealth', true, false)], { name: 'Echo Show' });
const LIGHT = endpoint('light-1', 'amazon-cloud', 'SonarCloudService', [iface('Alexa.PowerController', false, true, ['powerState']), iface('Alexa.BrightnessController', false, true)], { name: 'Light' });
const MIXED: Records = { alexaEndpoints: [THERMOSTAT, ECHO_BRIDGE, LIGHT, LOCK] };

/** The graphql fixture as the source reads it. */
const fixtureEndpoints = (): Records => readCapture(alexaCapture(`${ALEXA_API}/nexus/v1/graphql`, alexaFixtureJson('graphql-endpoints.json'))).records;

it('covers exactly the 15 alexa./amazon. checks of the check list', () => {
  const ids = CHECKS.map((c) => c.id).filter((id) => /^(alexa|amazon)\./.test(id));
  expect(ids.sort()).toEqual(
    [stateReporting, stateQueryable, skillDevice, presenceDetection, soundDetection, cameraRemoteView, voiceHistory, voiceRetention, humanReview, messageTranscription, skillPermission, householdProfiles, connectedApp, amazonSidewalk, registeredDevice]
      .map((c) => c.id)
      .sort(),
  );
  expect(ids).toHaveLength(15);
});

describe('alexa.state-reporting', () => {
  it('acceptance: finds exactly the thermostat and the lock, not the Echo Show nor the light that is only queryable', () => {
    const findings = stateReporting.run(MIXED);
    expect(subjectsAndRisks(findings)).toEqual([
      ['device', 'thermo-1', 'high'],
      ['device', 'lock-1', 'high'],
    ]);
    expect(findings[0]?.details).toEqual({
      interfaces: 'Alexa.ThermostatController,Alexa.TemperatureSensor',
      properties: 'targetSetpoint,temperature',
      interfaceRisks: 'Alexa.ThermostatController:high,Alexa.TemperatureSensor:high',
      unknownInterfaces: null,
      vendor: 'ecobee Inc.',
      skillId: 'skill.ecobee',
    });
  });

  it('on the graphql fixture: exactly thermostat, lock and the sensor with the unknown interface', () => {
    const findings = stateReporting.run(fixtureEndpoints());
    expect(findings.map((f) => f.subject.id).sort()).toEqual([APPLIANCE.thermostat, APPLIANCE.lock, APPLIANCE.sensor].sort());
    for (const absent of [APPLIANCE.light, APPLIANCE.echoShow, APPLIANCE.camera]) expect(findings.map((f) => f.subject.id)).not.toContain(absent);
    expect(findings.find((f) => f.subject.id === APPLIANCE.sensor)?.details).toMatchObject({ interfaces: 'Alexa.FutureThingController', vendor: 'Zukunftshaus GmbH' });
  });

  it('names the vendor by the skill title when Your Skills was read', () => {
    const [finding] = stateReporting.run({ ...MIXED, alexaSkills: [alexaSkill('skill.ecobee', 'ecobee')] });
    expect(finding?.details['vendor']).toBe('ecobee');
  });

  it('finds nothing when no interface is proactively reported, or none stated', () => {
    expect(stateReporting.run({ alexaEndpoints: [LIGHT, endpoint('x', 'skill', 's', [iface('Alexa.LockController', null, null)])] })).toEqual([]);
    expect(stateReporting.run({})).toEqual([]);
  });
});

describe('alexa.state-queryable', () => {
  it('finds the retrievable devices, the light included, and never the Echo itself', () => {
    const findings = stateQueryable.run(MIXED);
    expect(subjectsAndRisks(findings)).toEqual([
      ['device', 'thermo-1', 'medium'],
      ['device', 'light-1', 'medium'],
      ['device', 'lock-1', 'medium'],
    ]);
    expect(findings[1]?.details).toEqual({ interfaces: 'Alexa.PowerController,Alexa.BrightnessController', vendor: null });
  });

  it('on the graphql fixture: thermostat, lock and light; not the sensor (retrievable false) nor the camera', () => {
    expect(stateQueryable.run(fixtureEndpoints()).map((f) => f.subject.id).sort()).toEqual([APPLIANCE.thermostat, APPLIANCE.lock, APPLIANCE.light].sort());
  });

  it('finds nothing when nothing is retrievable', () => {
    expect(stateQueryable.run({ alexaEndpoints: [ECHO_BRIDGE, endpoint('s', 'skill', 's', [iface('Alexa.FutureThingController', true, false)])] })).toEqual([]);
  });
});

describe('alexa.skill-device', () => {
  it('finds each device that comes through a vendor skill, with skill id, vendor and the vendor-detail keys', () => {
    const cam = endpoint('cam-1', 'skill', 'skill.vigilo', [], { name: 'Cam', maker: 'Vigilo GmbH', vendorDetailKeys: ['user_id', 'region'] });
    const findings = skillDevice.run({ alexaEndpoints: [cam, LIGHT, ECHO_BRIDGE], alexaSkills: [alexaSkill('skill.vigilo', 'Vigilo Cam')] });
    expect(subjectsAndRisks(findings)).toEqual([['device', 'cam-1', 'low']]);
    expect(findings[0]?.details).toEqual({ skillId: 'skill.vigilo', vendor: 'Vigilo Cam', vendorDetailKeys: 'user_id,region' });
  });

  it('falls back to the maker without Your Skills, and finds nothing for Amazon-device or cloud paths', () => {
    expect(skillDevice.run({ alexaEndpoints: [LOCK] })[0]?.details).toMatchObject({ vendor: 'Nuki Home Solutions GmbH', vendorDetailKeys: null });
    expect(skillDevice.run({ alexaEndpoints: [LIGHT, ECHO_BRIDGE] })).toEqual([]);
  });
});

describe.each([
  ['alexa.presence-detection', presenceDetection, 'ALEXA_PRESENCE', 'Alexa.EventDetectionSensor'],
  ['alexa.sound-detection', soundDetection, 'SOUND_EVENT_DETECTION', 'Alexa.AcousticEventSensor'],
] as const)('%s', (id, check, capability, iface_) => {
  const show = echo('SHOW', { name: 'Echo Show', capabilities: [capability] });

  it('finds an Echo once when both its capability and its own endpoint say it', () => {
    const findings = check.run({ alexaDevices: [show], alexaEndpoints: [ECHO_BRIDGE] });
    expect(findings.map((f) => f.id)).toEqual([id]);
    expect(subjectsAndRisks(findings)).toEqual([['device', 'SHOW', 'medium']]);
    expect(findings[0]?.evidence.source).toBe('alexa.devices');
  });

  it('finds the Echo by its endpoint alone, named after the Echo, and an unknown bridge by the endpoint', () => {
    const quiet = echo('SHOW', { name: 'Echo Show', capabilities: [] });
    const byEndpoint = check.run({ alexaDevices: [quiet], alexaEndpoints: [ECHO_BRIDGE] });
    expect(subjectsAndRisks(byEndpoint)).toEqual([['device', 'SHOW', 'medium']]);
    expect(byEndpoint[0]).toMatchObject({ subject: { name: 'Echo Show' }, evidence: { source: 'alexa.smart-home' }, details: { interfaces: iface_, pushed: true } });
    expect(subjectsAndRisks(check.run({ alexaEndpoints: [ECHO_BRIDGE] }))).toEqual([['device', 'AlexaBridge_SHOW', 'medium']]);
  });

  it('finds nothing without the capability or the interface', () => {
    expect(check.run({ alexaDevices: [echo('DOT', { capabilities: ['MICROPHONE'] })], alexaEndpoints: [THERMOSTAT, LIGHT] })).toEqual([]);
  });

  it('on the fixtures: both Echos, the Show not twice', () => {
    const records: Records = {
      ...fixtureEndpoints(),
      ...readCapture(alexaCapture(`${ALEXA_API}/api/devices-v2/device`, alexaFixtureJson('devices-v2.json'))).records,
    };
    expect(check.run(records).map((f) => f.subject.id).sort()).toEqual([ECHO_DOT.serial, ECHO_SHOW.serial].sort());
  });
});

describe('alexa.camera-remote-view', () => {
  it('maps the device account id of an ENABLED liveView to the Echo', () => {
    const show = echo('G8', { name: 'Echo Show Küche', deviceAccountId: 'ACC-SHOW' });
    const findings = cameraRemoteView.run({ alexaDevices: [echo('DOT'), show], alexaDeviceSettings: [deviceSetting('ACC-SHOW', 'liveView', 'ENABLED')] });
    expect(subjectsAndRisks(findings)).toEqual([['device', 'G8', 'high']]);
    expect(findings[0]).toMatchObject({ subject: { name: 'Echo Show Küche' }, details: { deviceAccountId: 'ACC-SHOW' } });
  });

  it('names the device account when the Echo is unknown, and accepts lower case', () => {
    expect(subjectsAndRisks(cameraRemoteView.run({ alexaDeviceSettings: [deviceSetting('ACC-X', 'liveView', 'enabled')] }))).toEqual([['device', 'ACC-X', 'high']]);
  });

  it('finds nothing when disabled, unknown, or for another setting', () => {
    const settings = [deviceSetting('A', 'liveView', 'DISABLED'), deviceSetting('B', 'liveView', null), deviceSetting('C', 'dropIn', 'ENABLED')];
    expect(cameraRemoteView.run({ alexaDevices: [echo('S', { deviceAccountId: 'A' })], alexaDeviceSettings: settings })).toEqual([]);
  });
});

describe('alexa.voice-history', () => {
  it('finds the recordings with count, "at least", period and devices', () => {
    const findings = voiceHistory.run({ voiceHistory: [voicePage(3, { more: true })] });
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'medium']]);
    expect(findings[0]?.details).toEqual({ count: 3, atLeast: true, earliest: '2026-11-01T00:00:00.000Z', latest: '2026-11-03T00:00:00.000Z', devices: 'Echo Dot' });
    expect(findings[0]?.evidence.field).toBe('customerHistoryRecords');
    expect(voiceHistory.run({ voiceHistory: [voicePage(1, { endpoint: 'rah' })] })[0]?.evidence.field).toBe('alexaHistoryRecords');
  });

  it('finds nothing for an empty history', () => {
    expect(voiceHistory.run({ voiceHistory: [voicePage(0)] })).toEqual([]);
    expect(voiceHistory.run({})).toEqual([]);
  });
});

describe('alexa.voice-retention', () => {
  it.each([
    ['until-deleted', 'high'],
    ['18-months', 'medium'],
  ] as const)('gives %s the risk %s', (value, risk) => {
    const findings = voiceRetention.run({ amazonSettings: [amazonSetting('voice-retention', null, value)] });
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, risk]]);
    expect(findings[0]?.details).toEqual({ retention: value, page: '/alexa-privacy/apd/myad' });
  });

  it.each(['3-months', 'dont-save', null])('finds nothing for %s', (value) => {
    expect(voiceRetention.run({ amazonSettings: [amazonSetting('voice-retention', null, value)] })).toEqual([]);
  });
});

describe.each([
  ['alexa.human-review', humanReview, 'human-review', 'high', 'alexa'],
  ['alexa.message-transcription', messageTranscription, 'message-transcription', 'medium', 'alexa'],
  ['amazon.sidewalk', amazonSidewalk, 'sidewalk', 'medium', 'amazon'],
] as const)('%s', (id, check, key, risk, service) => {
  it('finds the switch on, for the Amazon account', () => {
    const findings = check.run({ amazonSettings: [amazonSetting(key, 'on', null, '/some/page'), amazonSetting('voice-retention', null, 'until-deleted')] });
    expect(findings.map((f) => [f.id, f.service])).toEqual([[id, service]]);
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, risk]]);
    expect(findings[0]?.details).toEqual({ page: '/some/page' });
  });

  it('finds nothing when off or unknown', () => {
    expect(check.run({ amazonSettings: [amazonSetting(key, 'off'), amazonSetting(key, null)] })).toEqual([]);
  });
});

describe('alexa.skill-permission', () => {
  it('finds one skill subject per granted permission', () => {
    const findings = skillPermission.run({ skillPermissions: [skillPerm('Weather Pro', 'alexa::devices:all:address:full:read'), skillPerm('Weather Pro', 'alexa::profile:email:read', false), skillPerm('Pizza', 'alexa::profile:email:read')] });
    expect(subjectsAndRisks(findings)).toEqual([
      ['skill', 'Weather Pro', 'medium'],
      ['skill', 'Pizza', 'medium'],
    ]);
    expect(findings.map((f) => f.details['permission'])).toEqual(['alexa::devices:all:address:full:read', 'alexa::profile:email:read']);
  });

  it('finds nothing for switched-off or unknown grants', () => {
    expect(skillPermission.run({ skillPermissions: [skillPerm('A', 'x', false), skillPerm('B', 'y', null)] })).toEqual([]);
  });
});

describe('alexa.household-profiles', () => {
  it('finds two or more household accounts', () => {
    const findings = householdProfiles.run({ alexaHousehold: [member('A', 'account'), member('C', 'account', 'CHILD'), member('V1', 'voice-profile')] });
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'low']]);
    expect(findings[0]).toMatchObject({ evidence: { source: 'alexa.household', field: 'accounts' }, details: { accounts: 2, voiceProfiles: 1, roles: 'ADULT,CHILD' } });
  });

  it('finds two or more voice profiles on a single account', () => {
    const findings = householdProfiles.run({ alexaHousehold: [member('A', 'account'), member('V1', 'voice-profile'), member('V2', 'voice-profile')] });
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'low']]);
    expect(findings[0]?.evidence).toEqual({ source: 'amazon.persons', field: 'personId' });
  });

  it('finds nothing for one account and one voice profile', () => {
    expect(householdProfiles.run({ alexaHousehold: [member('A', 'account'), member('V1', 'voice-profile')] })).toEqual([]);
    expect(householdProfiles.run({})).toEqual([]);
  });
});

describe('amazon.connected-app', () => {
  it('finds each app with Login-with-Amazon access', () => {
    const findings = connectedApp.run({ connectedApps: [{ name: 'Recipe Planner', page: '/ap/adam' }, { name: 'Ring', page: '/ap/adam' }] });
    expect(subjectsAndRisks(findings)).toEqual([
      ['app', 'Recipe Planner', 'medium'],
      ['app', 'Ring', 'medium'],
    ]);
    expect(findings[0]?.service).toBe('amazon');
  });

  it('finds nothing without apps', () => {
    expect(connectedApp.run({ connectedApps: [] })).toEqual([]);
  });
});

describe('amazon.registered-device', () => {
  it('finds each registered device by serial', () => {
    const findings = registeredDevice.run({ amazonDevices: [{ serial: 'G070', name: 'Fire TV', family: 'FIRE_TV', typeName: 'Fire TV' }] });
    expect(subjectsAndRisks(findings)).toEqual([['device', 'G070', 'low']]);
    expect(findings[0]).toMatchObject({ service: 'amazon', subject: { name: 'Fire TV' }, details: { family: 'FIRE_TV', type: 'Fire TV' } });
  });

  it('finds nothing without the device list', () => {
    expect(registeredDevice.run({})).toEqual([]);
  });
});
