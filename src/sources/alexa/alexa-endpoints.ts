import type { AlexaInterface, SmartHomeEndpoint, SmartHomePathKind } from '../../model/alexa.ts';
import { JsonReader, SKIPPED, isObject, readEntries, type JsonObject } from '../json-reader.ts';
import { ALEXA_APP_DEVICE_TYPES } from './alexa-devices.ts';
import { readGraphqlErrors } from './graphql-errors.ts';
import { dedupe, mergeSameDevice } from './alexa-endpoint-merge.ts';

const MAX_ENDPOINTS = 20_000;

export function looksLikeAlexaEndpoints(body: unknown): boolean {
  return listsOf(body) !== null || isRefusal(body);
}

/**
 * Amazon's refusal of an endpoints query, saved without its URL: `errors[].extensions.errorCode` and no data
 * (`data: null` or every alias null; home-assistant/core #154214, Home-Temperature-Monitoring `graphql_response.json`).
 */
function isRefusal(body: unknown): boolean {
  if (!isObject(body) || !Array.isArray(body['errors'])) return false;
  const coded = body['errors'].some((e) => isObject(e) && isObject(e['extensions']) && typeof e['extensions']['errorCode'] === 'string');
  const data = body['data'];
  return coded && (data === null || (isObject(data) && Object.values(data).every((v) => v === null)));
}

/** At most this many aliases of one answer are read (a query asks for a handful of categories). */
const MAX_ALIASES = 50;

/**
 * Every endpoint list in `data`, found by content, not by key: an alias whose value is a `listEndpoints` result
 * (`{endpoints:[…]}`: `listEndpoints`, or per category `thermostats: listEndpoints(…)`, `airQualityMonitors: …`;
 * aioamazondevices `const/queries.py` 2026-08) or an `endpoints` result (`{items:[…]}`, the Endpoints query).
 */
function listsOf(body: unknown): { alias: string; items: unknown[] }[] | null {
  const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
  if (!data) return null;
  const lists: { alias: string; items: unknown[] }[] = [];
  for (const [alias, value] of Object.entries(data).slice(0, MAX_ALIASES)) {
    if (!isObject(value)) continue;
    if (Array.isArray(value['endpoints'])) lists.push({ alias, items: value['endpoints'] });
    else if (Array.isArray(value['items']) && (alias === 'endpoints' || value['items'].some(looksLikeEndpoint))) lists.push({ alias, items: value['items'] });
  }
  return lists.length > 0 ? lists : null;
}

function looksLikeEndpoint(item: unknown): boolean {
  return isObject(item) && ('endpointId' in item || 'legacyAppliance' in item || 'friendlyNameObject' in item);
}

/**
 * The smart-home inventory from the GraphQL endpoints response: each device, who it comes through
 * (a vendor's skill, an Amazon device, an Amazon cloud service) and, per interface, whether the vendor
 * pushes every change to Amazon (`proactivelyReported`) and whether Amazon can ask at any time (`retrievable`).
 * An answer with `errors` and partial `data` is read as far as it goes; the errors become diagnostics.
 * The Alexa app's own endpoint is skipped (as in the device list); an Echo listed twice (AlexaBridge and an
 * Amazon cloud service such as `AAA_SonarCloudService_…`) becomes one device.
 */
export function readAlexaEndpoints(body: unknown, reader: JsonReader): SmartHomeEndpoint[] {
  const errors = readGraphqlErrors(body, reader);
  const lists = listsOf(body);
  if (!lists) {
    if (errors > 0) reader.note('error', 'graphql-no-data', 'data', 'Amazon answered with GraphQL errors and no endpoints list.');
    else reader.note('error', 'missing-field', 'data.endpoints.items', 'No endpoints list in the GraphQL response.');
    return [];
  }
  const read: SmartHomeEndpoint[] = [];
  for (const { alias, items } of lists) {
    const at = (i: number) => (lists.length === 1 ? `items[${i}]` : `data.${alias.slice(0, 60)}[${i}]`);
    // An entry nulled by a GraphQL error counts as unreadable: the answer is then partial, never complete.
    const listAt = lists.length === 1 ? 'data.endpoints.items' : `data.${alias.slice(0, 60)}`;
    const endpoints = readEntries(
      reader,
      items,
      listAt,
      (item, i) => {
        const endpoint = readEndpoint(item, reader, at(i));
        // Without capabilities nothing says whether the device reports to Amazon or can be asked: never a silent "read".
        if (endpoint && endpoint !== SKIPPED && endpoint.interfacesRead === false) {
          reader.note(
            'warning',
            'interfaces-unknown',
            at(i),
            endpoint.liveState
              ? "Amazon returned this device's live state but not its interfaces (no proactivelyReported/retrievable): whether the vendor reports each change is unknown."
              : 'This device came without its interfaces (no proactivelyReported/retrievable): whether it reports to Amazon is unknown.',
          );
        }
        return endpoint;
      },
      { max: Math.max(0, MAX_ENDPOINTS - read.length) },
    );
    read.push(...endpoints);
  }
  return dedupe(mergeSameDevice(read));
}

function readEndpoint(item: unknown, reader: JsonReader, at: string): SmartHomeEndpoint | null | typeof SKIPPED {
  if (item === null) return null; // a GraphQL list entry nulled by an error; the error itself is reported
  if (!isObject(item)) {
    reader.note('warning', 'not-an-object', at, 'Endpoint entry is not an object; skipped.');
    return null;
  }
  const appliance = reader.object(item, 'legacyAppliance', at) ?? {};
  const where = `${at}.legacyAppliance`;
  const id = reader.id(appliance, 'applianceId', where) ?? reader.id(item, 'endpointId', at) ?? reader.id(item, 'id', at);
  if (!id) {
    reader.note('warning', 'missing-id', at, 'Endpoint without applianceId or endpointId; skipped.');
    return null;
  }
  const dms = dmsOf(item, appliance);
  if (dms.deviceType && ALEXA_APP_DEVICE_TYPES.has(dms.deviceType)) return SKIPPED; // the Alexa app itself, not a device in the home
  const name = reader.string(appliance, 'friendlyName', where) ?? reader.string(item, 'friendlyName', at) ?? textValue(item['friendlyNameObject']) ?? id;
  const category = firstString(appliance['applianceTypes']) ?? primaryCategory(item['displayCategories']);
  const maker = reader.string(appliance, 'manufacturerName', where) ?? textValue(item['manufacturer']);
  const details = reader.object(appliance, 'additionalApplianceDetails', where);
  const inner = details && isObject(details['additionalApplianceDetails']) ? details['additionalApplianceDetails'] : details;
  const liveState = readLiveState(item, reader, at);
  // A loop, not a flatMap over `?? []` (one list per endpoint: thousands); the same interfaces in the same order.
  const interfaces: AlexaInterface[] = [];
  const capabilities = reader.array(appliance, 'capabilities', where) ?? [];
  for (let j = 0; j < capabilities.length; j++) {
    const read = readInterface(capabilities[j], reader, `${where}.capabilities[${j}]`);
    if (read) interfaces.push(read);
  }
  const stateOnly = liveState !== null && !('legacyAppliance' in item) && !('manufacturer' in item);
  const endpoint: SmartHomeEndpoint = {
    id,
    name: name.trim() || id,
    category,
    maker,
    path: pathOf(reader.object(appliance, 'driverIdentity', where), id, maker, dms.serial),
    interfaces,
    vendorDetailKeys: inner ? Object.keys(inner).slice(0, 20) : [],
    aliases: aliasesOf(item, appliance, id),
    origin: stateOnly ? 'state' : 'graphql',
  };
  // Assigned in the order spreads of them would add them: a spread per endpoint (thousands) takes V8's slow path.
  if (!Array.isArray(appliance['capabilities']) || flagless(interfaces)) endpoint.interfacesRead = false;
  if (liveState) endpoint.liveState = liveState;
  return endpoint;
}

/**
 * An interface that lists state properties but says neither whether it reports them nor whether Amazon can ask:
 * its reporting is unknown. Interfaces without properties (a camera stream, the base `Alexa`) have nothing to report.
 */
function flagless(interfaces: readonly AlexaInterface[]): boolean {
  return interfaces.some((i) => i.properties.length > 0 && i.proactivelyReported === null && i.retrievable === null);
}

/**
 * `features[].properties[]` of a state answer (`getEndpointState`, aioamazondevices `QUERY_SENSOR_STATE`;
 * homebridge-alexa-smarthome #179): each property names itself (`__typename` or `name`) and carries
 * `timeOfSample` / `timeOfLastChange`. Null when the item carries no such property.
 */
function readLiveState(item: JsonObject, reader: JsonReader, at: string): SmartHomeEndpoint['liveState'] | null {
  const features = Array.isArray(item['features']) ? item['features'].slice(0, 100) : null;
  if (!features) return null;
  const names = new Set<string>();
  let last: number | null = null;
  features.forEach((feature, i) => {
    const properties = isObject(feature) ? reader.array(feature, 'properties', `${at}.features[${i}]`) : null;
    for (const p of properties?.slice(0, 100) ?? []) {
      if (!isObject(p)) continue;
      const times = [p['timeOfSample'], p['timeOfLastChange']].map((t) => (typeof t === 'string' ? Date.parse(t) : NaN)).filter((t) => !Number.isNaN(t));
      if (times.length === 0) continue;
      const name = nonEmpty(p['__typename']) ?? nonEmpty(p['name']) ?? nonEmpty(isObject(feature) ? feature['name'] : null);
      if (name) names.add(name.slice(0, 80));
      last = Math.max(last ?? -Infinity, ...times);
    }
  });
  if (last === null) return null;
  return { properties: [...names].slice(0, 20), lastSample: new Date(last).toISOString() };
}

/**
 * The Amazon device behind an endpoint: `legacyIdentifiers.dmsIdentifier` (serial and device type as
 * `{value: {text}}`), else `legacyAppliance.alexaDeviceIdentifierList[0]`.
 */
function dmsOf(item: JsonObject, appliance: JsonObject): { serial: string | null; deviceType: string | null } {
  const legacy = isObject(item['legacyIdentifiers']) ? item['legacyIdentifiers'] : null;
  const dms = legacy && isObject(legacy['dmsIdentifier']) ? legacy['dmsIdentifier'] : null;
  const list = Array.isArray(appliance['alexaDeviceIdentifierList']) ? appliance['alexaDeviceIdentifierList'][0] : null;
  const listed = isObject(list) ? list : null;
  return {
    serial: nonEmpty(textValue(dms?.['deviceSerialNumber'])) ?? nonEmpty(listed?.['dmsDeviceSerialNumber']),
    deviceType: nonEmpty(textValue(dms?.['deviceType'])) ?? nonEmpty(listed?.['dmsDeviceTypeId']),
  };
}

/** Other ids of the same device: endpoint id, entity id (the `api/behaviors/entities` id) and merged appliance ids. */
function aliasesOf(item: JsonObject, appliance: JsonObject, id: string): string[] {
  const legacy = isObject(item['legacyIdentifiers']) ? item['legacyIdentifiers'] : null;
  const chrs = legacy && isObject(legacy['chrsIdentifier']) ? legacy['chrsIdentifier'] : null;
  const merged = Array.isArray(appliance['mergedApplianceIds']) ? appliance['mergedApplianceIds'].slice(0, 20) : [];
  const all = [item['endpointId'], item['id'], appliance['entityId'], appliance['applianceKey'], chrs?.['entityId'], ...merged];
  return [...new Set(all.filter((a): a is string => typeof a === 'string' && a.length > 0 && a.length <= 300 && a !== id))];
}

function readInterface(capability: unknown, reader: JsonReader, at: string): AlexaInterface | null {
  if (!isObject(capability)) return null;
  const name = reader.string(capability, 'interfaceName', at) ?? reader.string(capability, 'interface', at);
  if (!name) {
    reader.note('info', 'missing-field', `${at}.interfaceName`, 'Capability without an interface name.');
    return null;
  }
  const properties = reader.object(capability, 'properties', at);
  const where = `${at}.properties`;
  const supported = properties ? (reader.array(properties, 'supported', where) ?? []) : [];
  const names: string[] = [];
  for (const p of supported) if (isObject(p) && typeof p['name'] === 'string') names.push(p['name']);
  return {
    name,
    properties: names,
    proactivelyReported: properties ? reader.bool(properties, 'proactivelyReported', where) : null,
    retrievable: properties ? reader.bool(properties, 'retrievable', where) : null,
  };
}

/**
 * `driverIdentity.namespace`: SKILL = a vendor's skill (identifier is base64 JSON with the skill id),
 * AlexaBridge = an Amazon Echo (identifier `serial@deviceType`), AAA = an Amazon cloud service.
 * The skill id is also embedded in `applianceId` as `SKILL_<base64>_<vendor id>`.
 * Amazon's own devices come through all three (the Alexa app through a first-party skill, an Echo's
 * sound and presence sensing through `AAA_SonarCloudService_<uuid>`): whatever the namespace, an endpoint
 * whose maker is Amazon is an Amazon device, keyed by its serial (dms identifier). An AAA endpoint made by
 * someone else (a Zigbee bulb paired to an Echo hub) reaches Alexa through Amazon's cloud, not a vendor's skill.
 */
function pathOf(identity: JsonObject | null, applianceId: string, maker: string | null, dmsSerial: string | null): SmartHomeEndpoint['path'] {
  const namespace = identity && typeof identity['namespace'] === 'string' ? identity['namespace'] : null;
  const identifier = identity && typeof identity['identifier'] === 'string' ? identity['identifier'] : null;
  // "Amazon", "amazon", "Amazon.com", "Amazon Inc." (alexa_media_player #2965, 2025-07-19).
  const amazonMade = maker !== null && /^amazon(\.com)?(,? inc\.?)?$/i.test(maker.trim());
  const bridge = namespace === 'AlexaBridge' || applianceId.startsWith('AlexaBridge_');
  if (bridge) {
    const fromId = applianceId.startsWith('AlexaBridge_') ? applianceId.slice('AlexaBridge_'.length).split('@')[0] : undefined;
    return { kind: 'amazon-device', id: identifier?.split('@')[0] || fromId || dmsSerial };
  }
  if (amazonMade) return { kind: 'amazon-device', id: dmsSerial };
  if (namespace === 'AAA' || applianceId.startsWith('AAA_')) return { kind: 'amazon-cloud', id: identifier };
  const fromAppliance = applianceId.startsWith('SKILL_') ? skillIdFromBase64(applianceId.split('_')[1] ?? '') : null;
  if (namespace === 'SKILL' || fromAppliance) {
    return { kind: 'skill', id: (identifier ? skillIdFromBase64(identifier) : null) ?? fromAppliance ?? identifier };
  }
  const unknown: SmartHomePathKind = 'unknown';
  return { kind: unknown, id: null };
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null;
}

/** Skill ids by their base64 text: every device of one skill carries the same, decoded once. Bounded: the input is hostile. */
const skillIds = new Map<string, string | null>();

export function skillIdFromBase64(encoded: string): string | null {
  let id = skillIds.get(encoded);
  if (id === undefined) {
    if (skillIds.size >= 1_000) skillIds.clear();
    skillIds.set(encoded, (id = decodeSkillId(encoded)));
  }
  return id;
}

function decodeSkillId(encoded: string): string | null {
  try {
    const normal = encoded.replace(/-/g, '+').replace(/_/g, '/');
    const json: unknown = JSON.parse(atob(normal + '='.repeat((4 - (normal.length % 4)) % 4)));
    return isObject(json) && typeof json['skillId'] === 'string' ? json['skillId'] : null;
  } catch {
    return null;
  }
}

function firstString(value: unknown): string | null {
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : null;
}

function primaryCategory(value: unknown): string | null {
  const primary = isObject(value) && isObject(value['primary']) ? value['primary']['value'] : null;
  return typeof primary === 'string' ? primary : null;
}

function textValue(value: unknown): string | null {
  const inner = isObject(value) && isObject(value['value']) ? value['value']['text'] : null;
  return typeof inner === 'string' ? inner : null;
}
