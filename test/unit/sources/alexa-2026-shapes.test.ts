// @vitest-environment node
/**
 * Alexa as it answers in 2026 (issue 26): per-category aliased `listEndpoints`, the live-state query, other makers'
 * hardware and groups in `api/devices-v2/device`, Amazon's refusal codes and `api/device-preferences`.
 * Fixtures under test/fixtures/alexa/2026/ are the project's own, in the shapes their `_fixture` headers name.
 */
import type { Capture } from '../../../src/model/capture.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { runChecks } from '../../../src/findings/lookups.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { ALEXA_API, NOW, alexaFixtureJson } from '../fixtures.ts';

const capture = (path: string, name: string): Capture => ({
  url: `${ALEXA_API}${path}`,
  via: 'deep-scan',
  body: alexaFixtureJson(`2026/${name}`),
  capturedAt: NOW,
});
const GRAPHQL = '/nexus/v1/graphql';

describe('aliased listEndpoints (aioamazondevices getDevicesBaseData, thermostat branch)', () => {
  const result = readCapture(capture(GRAPHQL, 'graphql-thermostats.json'));

  it('reads every alias by content: the Echo and both thermostats, named and with their makers', () => {
    expect(result.source.id).toBe('alexa.smart-home');
    const endpoints = result.records.alexaEndpoints ?? [];
    expect(endpoints.map((e) => [e.name, e.maker, e.category])).toEqual([
      ['Echo Flur', 'Amazon', 'ALEXA_VOICE_ENABLED'],
      ['Thermostat Wohnzimmer', 'Amazon', 'THERMOSTAT'],
      ['Heizung Bad', 'ecobee', 'THERMOSTAT'],
    ]);
    expect(endpoints[2]?.path).toEqual({ kind: 'skill', id: 'amzn1.ask.skill.00000000-0000-4000-8000-0000000000e1' });
    expect(endpoints[1]?.path.kind).toBe('amazon-device');
  });

  it('is partial, not a silent read: no item carries its interfaces', () => {
    expect(result.source.status).toBe('partial');
    expect(result.source.diagnostics.filter((d) => d.code === 'interfaces-unknown').map((d) => d.at)).toEqual([
      'data.alexaVoiceDevices[0]',
      'data.thermostats[0]',
      'data.thermostats[1]',
    ]);
    expect(result.records.alexaEndpoints?.every((e) => e.interfacesRead === false && e.interfaces.length === 0)).toBe(true);
  });

  it('is an error when no alias holds an endpoint list', () => {
    const r = readCapture({ ...capture(GRAPHQL, 'graphql-thermostats.json'), body: { data: { thermostats: { total: 2 } } } });
    expect(r.source.status).toBe('error');
  });
});

describe('getEndpointState (aioamazondevices QUERY_SENSOR_STATE)', () => {
  const state = capture(GRAPHQL, 'graphql-sensor-state.json');

  it('reads live state with the newest sample, partial because reporting is unknown', () => {
    const r = readCapture(state);
    expect(r.source.status).toBe('partial');
    expect(r.source.diagnostics.map((d) => d.code)).toEqual(['interfaces-unknown']);
    expect(r.records.alexaEndpoints?.[0]).toMatchObject({
      id: 'amzn1.alexa.endpoint.00000000-0000-4000-8000-00000000t002',
      name: 'Heizung Bad',
      origin: 'state',
      liveState: { properties: ['TemperatureSensor', 'Reachability'], lastSample: '2026-11-21T09:59:40.000Z' },
    });
  });

  it('adds the live state to the device the inventory lists, and says Amazon holds it', () => {
    const records = mergeRecords([readCapture(capture(GRAPHQL, 'graphql-thermostats.json')), readCapture(state)]);
    const bath = records.alexaEndpoints?.filter((e) => e.name === 'Heizung Bad') ?? [];
    expect(bath).toHaveLength(1);
    expect(bath[0]).toMatchObject({ maker: 'ecobee', liveState: { lastSample: '2026-11-21T09:59:40.000Z' } });
    expect(runChecks(records).filter((f) => f.id === 'alexa.state-queryable')).toEqual([
      expect.objectContaining({
        subject: expect.objectContaining({ name: 'Heizung Bad' }),
        evidence: { source: 'alexa.smart-home', field: 'features[].properties[].timeOfSample' },
        details: expect.objectContaining({ interfaces: 'TemperatureSensor,Reachability', lastSample: '2026-11-21T09:59:40.000Z' }),
      }),
    ]);
  });
});

describe('api/devices-v2/device: makers, groups and the Alexa apps', () => {
  const result = readCapture(capture('/api/devices-v2/device', 'devices-v2-2026.json'));

  it('skips the speaker group, the stereo pair and the Alexa App for PC', () => {
    expect(result.source.status).toBe('read');
    expect(result.records.alexaDevices?.map((d) => d.name)).toEqual(['Echo Küche', 'Echo Bad', 'Wohnzimmer Fernseher', 'Thermostat Flur']);
    expect(result.source.diagnostics.filter((d) => d.code === 'group-skipped').map((d) => d.at)).toEqual(['devices[4]', 'devices[5]']);
  });

  it('never calls other makers’ hardware with Alexa built in "Amazon"', () => {
    expect(result.records.alexaDevices?.map((d) => [d.name, d.maker, d.model ?? null])).toEqual([
      ['Echo Küche', 'Amazon', null],
      ['Echo Bad', 'Amazon', null],
      ['Wohnzimmer Fernseher', null, 'Beispiel OLED TV 2025'],
      ['Thermostat Flur', 'ecobee', null],
    ]);
  });

  it.each([
    ['en', 'another company, Alexa built in'],
    ['de', 'ein anderer Hersteller, Alexa integriert'],
  ] as const)('says so in the report (%s), with the device kind', (locale, builtIn) => {
    const report = buildReport([result], { t: bundledTranslator(locale), locale, toolVersion: 'test', now: NOW });
    expect(report.devices.map((d) => [d.name, d.maker, d.category])).toEqual([
      ['Echo Küche', 'Amazon', 'smart-speaker'],
      ['Echo Bad', 'Amazon', 'smart-speaker'],
      ['Wohnzimmer Fernseher', builtIn, 'tv'],
      ['Thermostat Flur', 'ecobee', 'thermostat'],
    ]);
  });
});

describe("Amazon's refusals on nexus/v1/graphql", () => {
  it.each([
    ['graphql-rate-limited.json', 'amazon-rate-limited', 'en', 'Amazon limited requests from unofficial clients; try again later'],
    [
      'graphql-rate-limited.json',
      'amazon-rate-limited',
      'de',
      'Amazon hat Anfragen von inoffiziellen Programmen begrenzt; versuchen Sie es später noch einmal',
    ],
    ['graphql-forbidden.json', 'amazon-refused', 'en', 'Amazon refused this session'],
    ['graphql-forbidden.json', 'amazon-refused', 'de', 'Amazon hat diese Sitzung abgelehnt'],
  ] as const)('%s → %s, said plainly in %s with Amazon’s own code', (file, code, locale, text) => {
    const result = readCapture(capture(GRAPHQL, file));
    expect(result.source.status).toBe('error');
    const amazonCode = file === 'graphql-forbidden.json' ? 'FORBIDDEN' : 'UNOFFICIAL_CLIENT_TOO_MANY_REQUESTS';
    expect(result.source.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'graphql-error', message: expect.stringContaining(`${amazonCode}`) as string }),
    );
    const report = buildReport([result], { t: bundledTranslator(locale), locale, toolVersion: 'test', now: NOW });
    const said = report.sources[0]?.diagnostics.find((d) => d.code === code);
    expect(said?.message).toBe(`${text} (Amazon: ${amazonCode}, isRetryable: false).`);
  });
});

describe('api/device-preferences (home-assistant/core #147846)', () => {
  const result = readCapture(capture('/api/device-preferences', 'device-preferences.json'));

  it('keeps only that an address is stored and its country, never the address; skips the Alexa app', () => {
    expect(result.source).toMatchObject({ id: 'alexa.device-preferences', status: 'read' });
    expect(result.records.alexaDeviceAddresses).toEqual([
      { serial: 'G0EXAMPLE0000D01', deviceAccountId: 'A0EXAMPLE000D01', deviceType: 'A32DOYMUN6DTXA', addressStored: true, country: 'DE' },
      { serial: 'G0EXAMPLE0000D02', deviceAccountId: 'A0EXAMPLE000D02', deviceType: 'A32DOYMUN6DTXA', addressStored: false, country: 'DE' },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/Beispielweg|Musterstadt|00000/);
  });

  it('finds the stored address once, for the Echo that has one', () => {
    const findings = runChecks(mergeRecords([readCapture(capture('/api/devices-v2/device', 'devices-v2-2026.json')), result]));
    expect(findings.filter((f) => f.id === 'alexa.device-address').map((f) => f.subject)).toEqual([
      { type: 'device', id: 'G0EXAMPLE0000D01', name: 'Echo Küche' },
    ]);
  });

  it('is recognised by its shape without a URL', () => {
    expect(readCapture({ ...capture('', 'device-preferences.json'), url: null }).source.id).toBe('alexa.device-preferences');
  });
});

describe('maker "Amazon Inc." (alexa_media_player #2965)', () => {
  it('is Amazon on an endpoint outside the AlexaBridge namespace too', () => {
    const body = {
      data: {
        listEndpoints: {
          endpoints: [
            {
              endpointId: 'E-INC',
              friendlyNameObject: { value: { text: 'Echo Keller' } },
              manufacturer: { value: { text: 'Amazon Inc.' } },
              legacyAppliance: { applianceId: 'EXAMPLE-APPLIANCE-INC', capabilities: [] },
            },
          ],
        },
      },
    };
    const r = readCapture({ url: `${ALEXA_API}${GRAPHQL}`, via: 'deep-scan', body, capturedAt: NOW });
    expect(r.records.alexaEndpoints?.[0]?.path.kind).toBe('amazon-device');
    expect(r.source.status).toBe('read');
  });
});

describe('capabilities that do not say how they report', () => {
  const endpoint = (capabilities: unknown[]) => ({
    data: { listEndpoints: { endpoints: [{ endpointId: 'E-FLAG', legacyAppliance: { applianceId: 'EXAMPLE-FLAG', friendlyName: 'Sensor', capabilities } }] } },
  });
  const read = (capabilities: unknown[]) => readCapture({ url: `${ALEXA_API}${GRAPHQL}`, via: 'deep-scan', body: endpoint(capabilities), capturedAt: NOW });

  it('an interface with properties but neither flag makes the source partial', () => {
    const r = read([{ interfaceName: 'Alexa.TemperatureSensor', properties: { supported: [{ name: 'temperature' }] } }]);
    expect(r.source.status).toBe('partial');
    expect(r.records.alexaEndpoints?.[0]?.interfacesRead).toBe(false);
  });

  it('an interface without properties (a camera stream) has nothing to report: read', () => {
    const r = read([{ interfaceName: 'Alexa.CameraStreamController' }]);
    expect(r.source.status).toBe('read');
    expect(r.records.alexaEndpoints?.[0]?.interfacesRead).toBeUndefined();
  });
});
