// @vitest-environment node
import { stateReporting } from '../../../../src/findings/alexa/state-reporting.ts';
import { APPLIANCE } from '../../fixtures.ts';
import { alexaSkill, endpoint, iface, subjectsAndRisks } from '../../records.ts';
import { LIGHT, MIXED, fixtureEndpoints } from './mixed-household.ts';

describe('alexa.state-reporting', () => {
  it('acceptance: finds exactly the thermostat and the lock, not the Echo Show nor the light that is only queryable', () => {
    const findings = stateReporting.run(MIXED);
    expect(subjectsAndRisks(findings)).toEqual([
      ['device', 'thermo-1', 'high'],
      ['device', 'lock-1', 'high'],
    ]);
    expect(findings[0]?.details).toEqual({
      interfaces: 'Alexa.ThermostatController,Alexa.TemperatureSensor',
      interfaceWords: 'Alexa.ThermostatController,Alexa.TemperatureSensor',
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
    expect(findings.find((f) => f.subject.id === APPLIANCE.sensor)?.details).toMatchObject({
      interfaces: 'Alexa.FutureThingController',
      vendor: 'Zukunftshaus GmbH',
    });
  });

  it('says "low on battery" only for a device whose EndpointHealth reports battery (issue 24)', () => {
    const health = (properties: string[]) =>
      stateReporting.run({ alexaEndpoints: [endpoint('x', 'skill', 's', [{ ...iface('Alexa.EndpointHealth', true, null), properties }])] })[0]?.details[
        'interfaceWords'
      ];
    expect(health(['connectivity'])).toBe('Alexa.EndpointHealth.connectivity');
    expect(health(['connectivity', 'battery'])).toBe('Alexa.EndpointHealth.battery');
    expect(health([])).toBe('Alexa.EndpointHealth');
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
