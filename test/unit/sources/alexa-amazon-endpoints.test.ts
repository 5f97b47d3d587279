// @vitest-environment node
/**
 * Amazon's own endpoints among the smart-home endpoints, GraphQL errors beside partial data, the behaviors/entities
 * list and a paged voice history, on the project's fixtures in the public shapes (test/fixtures/alexa/README.md).
 */
import { readCapture, recognizesUrl } from '../../../src/sources/read-capture.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import type { SmartHomeEndpoint } from '../../../src/model/alexa.ts';
import { ALEXA_API, AMAZON_DE, ECHO_SHOW, alexaCapture, alexaFixtureJson } from '../fixtures.ts';

const read = (url: string | null, body: unknown) => readCapture(alexaCapture(url, body));
const GRAPHQL = `${ALEXA_API}/nexus/v1/graphql`;
const ENTITIES = `${ALEXA_API}/api/behaviors/entities?skillId=amzn1.ask.1p.smarthome`;
const BRIDGE = `AlexaBridge_${ECHO_SHOW.serial}@A15996VY63BQ2D_A15996VY63BQ2D@${ECHO_SHOW.serial}`;
const AAA = 'AAA_SonarCloudService_4b7e2c91-0d3a-3f58-9e62-a1c4d7f0b835';

describe('alexa.smart-home: Amazon devices as they appear in nexus/v1/graphql', () => {
  const result = read(GRAPHQL, alexaFixtureJson('graphql-endpoints-amazon.json'));
  const endpoints = result.records.alexaEndpoints ?? [];
  const named = (name: string) => endpoints.filter((e) => e.name === name);

  it('skips the Alexa app ("Alexa auf diesem Telefon", SKILL namespace, maker Amazon), as the device list does', () => {
    expect(result.source).toMatchObject({ status: 'read', diagnostics: [] });
    expect(named('Alexa auf diesem Telefon')).toEqual([]);
    expect(JSON.stringify(result.records)).not.toMatch(/9d8c7b6a5f4e4d3c2b1a0f9e8d7c6b5a|amzn1\.ask\.skill\.0b1c2d3e/);
  });

  it('reads the Echo listed as AlexaBridge and as AAA_SonarCloudService once, as an Amazon device keyed by its serial', () => {
    const [echo, ...more] = named('Echo Show Küche');
    expect(more).toEqual([]);
    expect(echo).toMatchObject({ id: BRIDGE, maker: 'Amazon', path: { kind: 'amazon-device', id: ECHO_SHOW.serial } });
    expect(echo?.aliases).toEqual(expect.arrayContaining([AAA, 'c3d9e1f2-7a48-4b6c-9d05-e8f1a2b3c4d5', 'e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a0b']));
    // One set of interfaces: presence and connectivity from both endpoints once, sound from the cloud-service endpoint.
    expect(echo?.interfaces.map((i) => i.name).sort()).toEqual([
      'Alexa.AcousticEventSensor',
      'Alexa.EndpointHealth',
      'Alexa.EventDetectionSensor',
      'Alexa.RTCSessionController',
    ]);
    expect(echo?.interfaces.find((i) => i.name === 'Alexa.AcousticEventSensor')).toMatchObject({ proactivelyReported: true, retrievable: true });
  });

  it('keeps the vendor devices on their skills', () => {
    const kinds = Object.fromEntries(endpoints.map((e: SmartHomeEndpoint) => [e.name, e.path.kind]));
    expect(kinds).toEqual({ 'Echo Show Küche': 'amazon-device', 'Einfahrt Kamera': 'skill', 'Bad Heizkörper': 'skill', Stehlampe: 'skill' });
    expect(named('Bad Heizkörper')[0]?.path.id).toBe('amzn1.ask.skill.7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d');
  });

  it("an AAA endpoint made by someone else stays on Amazon's cloud path, never merged into an Echo", () => {
    const bulb = {
      data: {
        endpoints: {
          items: [
            {
              legacyAppliance: {
                applianceId: 'AAA_SonarCloudService_00:17:88:01:aa:bb:cc:dd-0b',
                friendlyName: 'Bulb',
                manufacturerName: 'Signify Netherlands B.V.',
                driverIdentity: { namespace: 'AAA', identifier: 'SonarCloudService' },
                capabilities: [],
              },
            },
          ],
        },
      },
    };
    expect(read(GRAPHQL, bulb).records.alexaEndpoints?.[0]?.path).toEqual({ kind: 'amazon-cloud', id: 'SonarCloudService' });
  });
});

describe('alexa.smart-home: GraphQL errors beside partial data', () => {
  it('reads the endpoint that is there, skips the nulled entry and reports each error with its path', () => {
    const r = read(GRAPHQL, alexaFixtureJson('graphql-endpoints-partial.json'));
    expect(r.records.alexaEndpoints?.map((e) => e.name)).toEqual(['Bad Heizkörper']);
    expect(r.source.status).toBe('partial');
    expect(r.source.diagnostics).toEqual([
      expect.objectContaining({ level: 'warning', code: 'graphql-errors', at: 'errors' }),
      expect.objectContaining({
        level: 'warning',
        code: 'graphql-error',
        at: 'data.endpoints.items.1',
        message: expect.stringContaining('DEPENDENCY_FAILURE'),
      }),
      // The nulled entry is counted: the answer says how much of the list is missing (issue 25).
      expect.objectContaining({ level: 'warning', code: 'entries-unreadable', at: 'data.endpoints.items', message: expect.stringContaining('1 of 2') }),
    ]);
  });

  it('is an error naming the GraphQL errors when no data came back', () => {
    const r = read(GRAPHQL, alexaFixtureJson('graphql-errors-no-data.json'));
    expect(r.records.alexaEndpoints).toEqual([]);
    expect(r.source.status).toBe('error');
    expect(r.source.diagnostics.map((d) => d.code)).toEqual(['graphql-errors', 'graphql-error', 'graphql-no-data']);
    expect(r.source.diagnostics[1]?.message).toBe('GraphQL error INTERNAL_SERVER_ERROR: Service unavailable.');
  });

  it('keeps control and direction characters of an error message out of the diagnostic, and bounds its length', () => {
    const r = read(GRAPHQL, { data: { endpoints: { items: [] } }, errors: [{ message: `bad\u202e\u0007${'x'.repeat(400)}` }] });
    const message = r.source.diagnostics[1]?.message ?? '';
    expect(message).not.toContain('\u202e');
    expect(message).not.toContain('\u0007');
    expect(message.length).toBeLessThan(200);
  });
});

describe('alexa.smart-home-entities (api/behaviors/entities?skillId=amzn1.ask.1p.smarthome)', () => {
  const entities = read(ENTITIES, alexaFixtureJson('smart-home-entities.json'));

  it('reads each entity with its name and device type', () => {
    expect(entities.source).toMatchObject({ id: 'alexa.smart-home-entities', service: 'alexa', status: 'read', location: '/api/behaviors/entities' });
    expect(entities.records.alexaEndpoints?.map((e) => [e.id, e.name, e.category, e.path.kind, e.origin])).toEqual([
      ['1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', 'Bad Heizkörper', 'THERMOSTAT', 'unknown', 'entities'],
      ['9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', 'Stehlampe', 'LIGHT', 'unknown', 'entities'],
      ['4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8', 'Kaffeemaschine Steckdose', 'SMARTPLUG', 'unknown', 'entities'],
    ]);
  });

  it('is not the music or routines entity list, and a HAR entry of the smart-home list is picked up', () => {
    expect(read(`${ALEXA_API}/api/behaviors/entities?skillId=amzn1.ask.1p.music`, []).source.id).toBe('unknown');
    expect(recognizesUrl(ENTITIES)).toBe(true);
    expect(recognizesUrl('https://alexa.amazon.com/api/behaviors/entities?skillId=amzn1.ask.1p.routines.firetv')).toBe(false);
  });

  it('is recognised by its shape without a URL (a saved JSON file)', () => {
    expect(read(null, alexaFixtureJson('smart-home-entities.json')).source.id).toBe('alexa.smart-home-entities');
  });

  it('merged with the GraphQL endpoints in either order: each device once, GraphQL first, the plug only the entities know added', () => {
    const graphql = read(GRAPHQL, alexaFixtureJson('graphql-endpoints-amazon.json'));
    for (const order of [
      [graphql, entities],
      [entities, graphql],
    ]) {
      const names = (mergeRecords(order).alexaEndpoints ?? []).map((e) => e.name);
      expect(names).toEqual(['Echo Show Küche', 'Einfahrt Kamera', 'Bad Heizkörper', 'Stehlampe', 'Kaffeemaschine Steckdose']);
    }
  });

  it('a newer entities list replaces the older one, not the GraphQL list', () => {
    const graphql = read(GRAPHQL, alexaFixtureJson('graphql-endpoints-amazon.json'));
    const fewer = read(ENTITIES, [{ id: 'only-here', displayName: 'Neu', description: 'x' }]);
    expect((mergeRecords([graphql, entities, fewer]).alexaEndpoints ?? []).map((e) => e.name)).toEqual([
      'Echo Show Küche',
      'Einfahrt Kamera',
      'Bad Heizkörper',
      'Stehlampe',
      'Neu',
    ]);
  });

  it('is an error for a body that is not a list, and skips an entity without id with a warning', () => {
    expect(read(ENTITIES, { entities: [] }).source.status).toBe('error');
    const r = read(ENTITIES, [{ displayName: 'No id' }, { id: 'E2', displayName: 'Plug' }]);
    expect(r.records.alexaEndpoints?.map((e) => e.id)).toEqual(['E2']);
    expect(r.source).toMatchObject({
      status: 'partial',
      diagnostics: [expect.objectContaining({ code: 'missing-id', at: '[0]' }), expect.objectContaining({ code: 'entries-unreadable', at: '$' })],
    });
  });
});

describe('amazon.voice-history: a rah page with a paginationToken', () => {
  const r = read(`${AMAZON_DE}/alexa-privacy/apd/rah/alexa-history-records-v2`, alexaFixtureJson('voice-history-rah-paged.json'));
  const [summary] = r.records.voiceHistory ?? [];

  it('counts every record, says more pages exist, and keeps no token', () => {
    expect(r.source).toMatchObject({ id: 'amazon.voice-history', status: 'read' });
    expect(summary).toMatchObject({ endpoint: 'rah', more: true });
    expect(summary?.recordKeys).toHaveLength(4);
    expect(JSON.stringify(r)).not.toContain('eyJwYWdlIjoy');
  });

  it('names the device from deviceInfo as object or array, else by the serial in activityKey; a conversation key names none', () => {
    expect(summary?.devices).toEqual(['Echo Dot Wohnzimmer', 'Echo Show Küche', 'B7EXAMPLE0SPEAKER']);
  });

  it('the last page, without a token, ends the "at least"', () => {
    const pages = [r, read(`${AMAZON_DE}/alexa-privacy/apd/rah/alexa-history-records-v2`, { alexaHistoryRecords: [], paginationToken: null })];
    expect(mergeRecords(pages).voiceHistory?.[0]).toMatchObject({ more: false });
    expect(
      read(`${AMAZON_DE}/alexa-privacy/apd/rah/alexa-history-records-v2`, { alexaHistoryRecords: [], pagination: { paginationToken: 'abc' } }).records
        .voiceHistory?.[0]?.more,
    ).toBe(true);
  });
});
