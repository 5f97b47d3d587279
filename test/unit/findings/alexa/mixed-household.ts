import type { Records } from '../../../../src/model/records.ts';
import { readCapture } from '../../../../src/sources/read-capture.ts';
import { ALEXA_API, alexaCapture, alexaFixtureJson } from '../../fixtures.ts';
import { endpoint, iface } from '../../records.ts';

/** The mixed household of the acceptance case: thermostat and lock through skills, an Echo Show, a light only queryable. */
export const THERMOSTAT = endpoint(
  'thermo-1',
  'skill',
  'skill.ecobee',
  [
    iface('Alexa', null, null),
    iface('Alexa.ThermostatController', true, true, ['targetSetpoint']),
    iface('Alexa.TemperatureSensor', true, true, ['temperature']),
  ],
  { name: 'Thermostat', maker: 'ecobee Inc.' },
);
export const LOCK = endpoint('lock-1', 'skill', 'skill.nuki', [iface('Alexa.LockController', true, true, ['lockState'])], {
  name: 'Front door',
  maker: 'Nuki Home Solutions GmbH',
});
export const ECHO_BRIDGE = endpoint(
  'AlexaBridge_SHOW',
  'amazon-device',
  'SHOW',
  [iface('Alexa.EventDetectionSensor', true, false), iface('Alexa.AcousticEventSensor', true, false), iface('Alexa.EndpointHealth', true, false)],
  { name: 'Echo Show' },
);
export const LIGHT = endpoint(
  'light-1',
  'amazon-cloud',
  'SonarCloudService',
  [iface('Alexa.PowerController', false, true, ['powerState']), iface('Alexa.BrightnessController', false, true)],
  { name: 'Light' },
);
export const MIXED: Records = { alexaEndpoints: [THERMOSTAT, ECHO_BRIDGE, LIGHT, LOCK] };

/** The graphql fixture as the source reads it. */
export const fixtureEndpoints = (): Records => readCapture(alexaCapture(`${ALEXA_API}/nexus/v1/graphql`, alexaFixtureJson('graphql-endpoints.json'))).records;
