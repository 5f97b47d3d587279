import type { AlexaInterface, SmartHomeEndpoint, SmartHomePathKind } from '../../model/alexa.ts';
import { JsonReader, isObject, type JsonObject } from '../json-reader.ts';

const MAX_ENDPOINTS = 20_000;

export function looksLikeAlexaEndpoints(body: unknown): boolean {
  return itemsOf(body) !== null;
}

/** `data.endpoints.items` (Endpoints query) or `data.listEndpoints.endpoints` (newer query). */
function itemsOf(body: unknown): unknown[] | null {
  const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
  if (!data) return null;
  const endpoints = data['endpoints'];
  if (isObject(endpoints) && Array.isArray(endpoints['items'])) return endpoints['items'];
  const list = data['listEndpoints'];
  if (isObject(list) && Array.isArray(list['endpoints'])) return list['endpoints'];
  return null;
}

/**
 * The smart-home inventory from the GraphQL endpoints response: each device, who it comes through
 * (a vendor's skill, an Amazon device, an Amazon cloud service) and, per interface, whether the vendor
 * pushes every change to Amazon (`proactivelyReported`) and whether Amazon can ask at any time (`retrievable`).
 */
export function readAlexaEndpoints(body: unknown, reader: JsonReader): SmartHomeEndpoint[] {
  const items = itemsOf(body);
  if (!items) {
    reader.note('error', 'missing-field', 'data.endpoints.items', 'No endpoints list in the GraphQL response.');
    return [];
  }
  if (isObject(body) && Array.isArray(body['errors']) && body['errors'].length > 0) {
    reader.note('warning', 'graphql-errors', 'errors', `The response carries ${body['errors'].length} GraphQL error(s); the list may be incomplete.`);
  }
  return items.slice(0, MAX_ENDPOINTS).flatMap((item, i) => readEndpoint(item, reader, `items[${i}]`) ?? []);
}

function readEndpoint(item: unknown, reader: JsonReader, at: string): SmartHomeEndpoint | null {
  if (!isObject(item)) return null;
  const appliance = reader.object(item, 'legacyAppliance', at) ?? {};
  const where = `${at}.legacyAppliance`;
  const id = reader.id(appliance, 'applianceId', where) ?? reader.id(item, 'endpointId', at) ?? reader.id(item, 'id', at);
  if (!id) {
    reader.note('warning', 'missing-id', at, 'Endpoint without applianceId or endpointId; skipped.');
    return null;
  }
  const name = reader.string(appliance, 'friendlyName', where) ?? reader.string(item, 'friendlyName', at) ?? id;
  const category = firstString(appliance['applianceTypes']) ?? primaryCategory(item['displayCategories']);
  const maker = reader.string(appliance, 'manufacturerName', where) ?? textValue(item['manufacturer']);
  const details = reader.object(appliance, 'additionalApplianceDetails', where);
  const inner = details && isObject(details['additionalApplianceDetails']) ? details['additionalApplianceDetails'] : details;
  return {
    id,
    name: name.trim() || id,
    category,
    maker,
    path: pathOf(reader.object(appliance, 'driverIdentity', where), id),
    interfaces: (reader.array(appliance, 'capabilities', where) ?? []).flatMap((c, j) => readInterface(c, reader, `${where}.capabilities[${j}]`) ?? []),
    vendorDetailKeys: inner ? Object.keys(inner).slice(0, 20) : [],
  };
}

function readInterface(capability: unknown, reader: JsonReader, at: string): AlexaInterface | null {
  if (!isObject(capability)) return null;
  const name = reader.string(capability, 'interfaceName', at) ?? reader.string(capability, 'interface', at);
  if (!name) {
    reader.note('info', 'missing-field', `${at}.interfaceName`, 'Capability without an interface name.');
    return null;
  }
  const properties = reader.object(capability, 'properties', at);
  const supported = properties ? (reader.array(properties, 'supported', `${at}.properties`) ?? []) : [];
  return {
    name,
    properties: supported.map((p) => (isObject(p) && typeof p['name'] === 'string' ? p['name'] : null)).filter((p): p is string => p !== null),
    proactivelyReported: properties ? reader.bool(properties, 'proactivelyReported', `${at}.properties`) : null,
    retrievable: properties ? reader.bool(properties, 'retrievable', `${at}.properties`) : null,
  };
}

/**
 * `driverIdentity.namespace`: SKILL = a vendor's skill (identifier is base64 JSON with the skill id),
 * AlexaBridge = an Amazon Echo (identifier `serial@deviceType`), AAA = an Amazon cloud service.
 * The skill id is also embedded in `applianceId` as `SKILL_<base64>_<vendor id>`.
 */
function pathOf(identity: JsonObject | null, applianceId: string): SmartHomeEndpoint['path'] {
  const namespace = identity && typeof identity['namespace'] === 'string' ? identity['namespace'] : null;
  const identifier = identity && typeof identity['identifier'] === 'string' ? identity['identifier'] : null;
  const fromAppliance = applianceId.startsWith('SKILL_') ? skillIdFromBase64(applianceId.split('_')[1] ?? '') : null;
  let kind: SmartHomePathKind = 'unknown';
  let id: string | null = null;
  if (namespace === 'SKILL' || fromAppliance) {
    kind = 'skill';
    id = (identifier ? skillIdFromBase64(identifier) : null) ?? fromAppliance ?? identifier;
  } else if (namespace === 'AlexaBridge') {
    kind = 'amazon-device';
    id = identifier?.split('@')[0] ?? null;
  } else if (namespace === 'AAA') {
    kind = 'amazon-cloud';
    id = identifier;
  }
  return { kind, id };
}

export function skillIdFromBase64(encoded: string): string | null {
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
