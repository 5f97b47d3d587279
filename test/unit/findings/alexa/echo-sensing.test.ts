// @vitest-environment node
import { presenceDetection } from '../../../../src/findings/alexa/presence-detection.ts';
import { soundDetection } from '../../../../src/findings/alexa/sound-detection.ts';
import { readCapture } from '../../../../src/sources/read-capture.ts';
import type { Records } from '../../../../src/model/records.ts';
import { ALEXA_API, ECHO_DOT, ECHO_SHOW, alexaCapture, alexaFixtureJson } from '../../fixtures.ts';
import { echo, subjectsAndRisks } from '../../records.ts';
import { THERMOSTAT, ECHO_BRIDGE, LIGHT, fixtureEndpoints } from './mixed-household.ts';

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
    expect(byEndpoint[0]).toMatchObject({
      subject: { name: 'Echo Show' },
      evidence: { source: 'alexa.smart-home' },
      details: { interfaces: iface_, pushed: true },
    });
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
    expect(
      check
        .run(records)
        .map((f) => f.subject.id)
        .sort(),
    ).toEqual([ECHO_DOT.serial, ECHO_SHOW.serial].sort());
  });
});
