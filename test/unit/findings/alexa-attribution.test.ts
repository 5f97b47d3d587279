// @vitest-environment node
/**
 * Who really sends what: Amazon's own endpoints are Amazon devices, an Echo seen through two endpoints (or the
 * device list and GraphQL) is one device, and the state-reporting risk follows what is reported. On the
 * project's fixtures in the public shapes (test/fixtures/alexa/README.md: graphql-endpoints-amazon.json).
 */
import { readCapture } from '../../../src/sources/read-capture.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { runChecks } from '../../../src/findings/lookups.ts';
import { stateReporting } from '../../../src/findings/alexa/state-reporting.ts';
import { skillDevice } from '../../../src/findings/alexa/skill-device.ts';
import { presenceDetection } from '../../../src/findings/alexa/presence-detection.ts';
import { soundDetection } from '../../../src/findings/alexa/sound-detection.ts';
import type { Records } from '../../../src/model/records.ts';
import { STATE_SENSITIVITY, UNKNOWN_STATE_SENSITIVITY, type StateSensitivity } from '../../../src/model/alexa.ts';
import { ALEXA_API, ECHO_SHOW, alexaCapture, alexaFixtureJson } from '../fixtures.ts';
import { endpoint, iface, subjectsAndRisks } from '../records.ts';

const amazonFixture = (): Records => readCapture(alexaCapture(`${ALEXA_API}/nexus/v1/graphql`, alexaFixtureJson('graphql-endpoints-amazon.json'))).records;
const withDeviceList = (): Records =>
  mergeRecords([
    readCapture(alexaCapture(`${ALEXA_API}/api/devices-v2/device`, alexaFixtureJson('devices-v2.json'))),
    readCapture(alexaCapture(`${ALEXA_API}/nexus/v1/graphql`, alexaFixtureJson('graphql-endpoints-amazon.json'))),
  ]);
const byName = (findings: ReturnType<typeof runChecks>, id: string) =>
  findings
    .filter((f) => f.id === id)
    .map((f) => f.subject.name)
    .sort();

describe("Amazon's own endpoints", () => {
  it('the Alexa app endpoint gives no skill-device finding, nor any other', () => {
    const findings = runChecks(amazonFixture());
    expect(findings.map((f) => f.subject.name)).not.toContain('Alexa auf diesem Telefon');
    expect(byName(findings, 'alexa.skill-device')).toEqual(['Bad Heizkörper', 'Einfahrt Kamera', 'Stehlampe']);
  });

  it('an endpoint made by Amazon is never a skill device nor "the vendor reports every change", whatever its namespace', () => {
    const plug = endpoint('SKILL_x_plug', 'amazon-device', null, [iface('Alexa.PowerController', true, true, ['powerState'])], { maker: 'Amazon' });
    expect(skillDevice.run({ alexaEndpoints: [plug] })).toEqual([]);
    expect(stateReporting.run({ alexaEndpoints: [plug] })).toEqual([]);
  });

  it.each([
    ['GraphQL only', amazonFixture],
    ['device list and GraphQL', withDeviceList],
  ])('the Echo via AlexaBridge and AAA is one device with one presence and one sound finding (%s)', (_, records) => {
    const r = records();
    const presence = presenceDetection.run(r).filter((f) => f.subject.name === 'Echo Show Küche');
    const sound = soundDetection.run(r).filter((f) => f.subject.name === 'Echo Show Küche');
    expect(presence).toHaveLength(1);
    expect(sound).toHaveLength(1);
    expect(byName(runChecks(r), 'alexa.state-reporting')).not.toContain('Echo Show Küche');
  });

  it("named after the device list's Echo, by serial, when both were read", () => {
    expect(presenceDetection.run(withDeviceList()).map((f) => f.subject.id)).toContain(ECHO_SHOW.serial);
  });

  it('a vendor camera that detects people is a state-reporting finding, not an Echo presence finding', () => {
    const cam = endpoint('cam', 'skill', 'skill.cam', [iface('Alexa.EventDetectionSensor', true, false, ['humanPresenceDetectionState'])]);
    expect(presenceDetection.run({ alexaEndpoints: [cam] })).toEqual([]);
    expect(subjectsAndRisks(stateReporting.run({ alexaEndpoints: [cam] }))).toEqual([['device', 'cam', 'high']]);
  });
});

describe('alexa.state-reporting: risk scaled by what is reported', () => {
  const findings = () => stateReporting.run(amazonFixture());
  const of = (name: string) => findings().find((f) => f.subject.name === name);

  it('a camera with only EndpointHealth proactive is not high (low: online or offline)', () => {
    expect(of('Einfahrt Kamera')).toMatchObject({ risk: 'low', details: { interfaces: 'Alexa.EndpointHealth', interfaceRisks: 'Alexa.EndpointHealth:low' } });
  });

  it('a thermostat reporting temperature stays high, and the risk follows the most revealing interface', () => {
    expect(of('Bad Heizkörper')).toMatchObject({
      risk: 'high',
      details: { interfaces: 'Alexa.TemperatureSensor,Alexa.EndpointHealth', interfaceRisks: 'Alexa.TemperatureSensor:high,Alexa.EndpointHealth:low' },
    });
  });

  it('power and brightness of a light are medium', () => {
    expect(of('Stehlampe')).toMatchObject({ risk: 'medium', details: { interfaces: 'Alexa.PowerController,Alexa.BrightnessController,Alexa.EndpointHealth' } });
  });

  it.each([
    ['Alexa.LockController', 'high'],
    ['Alexa.ContactSensor', 'high'],
    ['Alexa.MotionSensor', 'high'],
    ['Alexa.DoorbellEventSource', 'high'],
    ['Alexa.SecurityPanelController', 'high'],
    ['Alexa.ThermostatController', 'high'],
    ['Alexa.PowerController', 'medium'],
    ['Alexa.BatteryLevelSensor', 'low'],
  ] as const)('%s alone: %s', (name, risk) => {
    expect(stateReporting.run({ alexaEndpoints: [endpoint('d', 'skill', 's', [iface(name, true, false)])] })[0]?.risk).toBe(risk);
  });

  it('an interface Alexposé does not know is named as unknown with a neutral (medium) risk, not high', () => {
    const [finding] = stateReporting.run({
      alexaEndpoints: [endpoint('d', 'skill', 's', [iface('Alexa.FutureThingController', true, false), iface('Alexa.EndpointHealth', true, false)])],
    });
    expect(finding).toMatchObject({
      risk: 'medium',
      details: { unknownInterfaces: 'Alexa.FutureThingController', interfaceRisks: 'Alexa.FutureThingController:medium,Alexa.EndpointHealth:low' },
    });
  });

  it('the original fixture household: thermostat and lock high, the unknown-interface sensor medium', () => {
    const records = readCapture(alexaCapture(`${ALEXA_API}/nexus/v1/graphql`, alexaFixtureJson('graphql-endpoints.json'))).records;
    expect(
      stateReporting
        .run(records)
        .map((f) => [f.subject.name, f.risk])
        .sort(),
    ).toEqual([
      ['Flur Sensor', 'medium'],
      ['Haustür', 'high'],
      ['Wohnzimmer Thermostat', 'high'],
    ]);
  });

  it('every interface with a sensitivity is one with words in the messages, and the other way round', async () => {
    const { readFileSync } = await import('node:fs');
    for (const lang of ['en', 'de']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, unknown>;
      // Alexa.EndpointHealth also has words per reported property (issue 24: "low on battery" only with `battery`).
      const worded = Object.keys(messages)
        .filter((k) => k.startsWith('iface_Alexa') && !/^iface_Alexa_EndpointHealth_/.test(k))
        .sort();
      expect(
        Object.keys(STATE_SENSITIVITY)
          .map((n) => `iface_${n.replace(/[^A-Za-z0-9]/g, '_')}`)
          .sort(),
      ).toEqual(worded);
    }
  });
});

it('the catalog says why for every risk level the state-reporting check can give', async () => {
  const { STATE_REPORTING_RISK_REASONS } = await import('../../../src/findings/alexa/state-reporting.ts');
  const levels = new Set<StateSensitivity>([...Object.values(STATE_SENSITIVITY), UNKNOWN_STATE_SENSITIVITY]);
  for (const level of levels) expect(STATE_REPORTING_RISK_REASONS[level].length).toBeGreaterThan(40);
});
