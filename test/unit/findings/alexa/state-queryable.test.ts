// @vitest-environment node
import { stateQueryable } from '../../../../src/findings/alexa/state-queryable.ts';
import { APPLIANCE } from '../../fixtures.ts';
import { endpoint, iface, subjectsAndRisks } from '../../records.ts';
import { ECHO_BRIDGE, MIXED, fixtureEndpoints } from './mixed-household.ts';

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
    expect(
      stateQueryable
        .run(fixtureEndpoints())
        .map((f) => f.subject.id)
        .sort(),
    ).toEqual([APPLIANCE.thermostat, APPLIANCE.lock, APPLIANCE.light].sort());
  });

  it('finds nothing when nothing is retrievable', () => {
    expect(stateQueryable.run({ alexaEndpoints: [ECHO_BRIDGE, endpoint('s', 'skill', 's', [iface('Alexa.FutureThingController', true, false)])] })).toEqual([]);
  });
});
