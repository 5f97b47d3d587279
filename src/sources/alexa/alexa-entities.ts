import type { SmartHomeEndpoint } from '../../model/alexa.ts';
import { JsonReader, SKIPPED, isObject, readEntries } from '../json-reader.ts';

const MAX_ENTITIES = 20_000;

/** A top-level array of `{id, displayName, …}`: the shape of `api/behaviors/entities?skillId=amzn1.ask.1p.smarthome`. */
export function looksLikeAlexaEntities(body: unknown): boolean {
  return (
    Array.isArray(body) &&
    body.length > 0 &&
    body
      .slice(0, 20)
      .every(
        (e) =>
          isObject(e) &&
          typeof e['id'] === 'string' &&
          typeof e['displayName'] === 'string' &&
          ('providerData' in e || 'supportedOperations' in e || 'description' in e),
      )
  );
}

/**
 * `api/behaviors/entities?skillId=amzn1.ask.1p.smarthome`, the list public tools (Shereef/Python-Delete-Alexa-Devices,
 * alexa-remote `getSmarthomeEntities`) use to find smart-home devices: per device its entity id, display name,
 * the vendor's description and `providerData` (`deviceType`, `categoryType`, `enabled`). It names devices; it says
 * nothing about which interfaces are reported, so these records never make a state finding on their own. The
 * merge folds them into the GraphQL endpoints by entity id, so a device in both lists is one device.
 */
export function readAlexaEntities(body: unknown, reader: JsonReader): SmartHomeEndpoint[] {
  if (!Array.isArray(body)) {
    reader.note('error', 'not-an-array', '$', 'The smart-home entities list is not a JSON array.');
    return [];
  }
  const seen = new Set<string>();
  const read = (entry: unknown, i: number): SmartHomeEndpoint | null | typeof SKIPPED => {
    const at = `[${i}]`;
    if (!isObject(entry)) return null;
    const id = reader.id(entry, 'id', at);
    if (!id) {
      reader.note('warning', 'missing-id', at, 'Entity without id; skipped.');
      return null;
    }
    if (seen.has(id)) return SKIPPED;
    seen.add(id);
    const provider = reader.object(entry, 'providerData', at);
    const name = reader.string(entry, 'displayName', at)?.trim() || id;
    return {
      id,
      name,
      category: provider ? reader.string(provider, 'deviceType', `${at}.providerData`) : null,
      maker: null,
      path: { kind: 'unknown', id: null },
      interfaces: [],
      vendorDetailKeys: [],
      aliases: [],
      origin: 'entities',
    };
  };
  return readEntries(reader, body, '$', read, { max: MAX_ENTITIES });
}
