/**
 * One device per endpoint list: an endpoint listed under two aliases, or an Amazon device listed twice (AlexaBridge
 * and an Amazon cloud service such as `AAA_SonarCloudService_…`), becomes one entry with the interfaces of both.
 */
import type { SmartHomeEndpoint } from '../../model/alexa.ts';

/** The same endpoint under two aliases (a thermostat in `thermostats` and in a catch-all list) is one device. */
export function dedupe(endpoints: SmartHomeEndpoint[]): SmartHomeEndpoint[] {
  const seen = new Set<string>();
  return endpoints.filter((e) => {
    if (seen.has(e.id)) return false;
    seen.add(e.id);
    return true;
  });
}

/** Endpoints of one Amazon device (same serial and device type) folded into the first: one device, one set of interfaces. */
export function mergeSameDevice(endpoints: SmartHomeEndpoint[]): SmartHomeEndpoint[] {
  const byDevice = new Map<string, SmartHomeEndpoint>();
  // Each device's aliases as a set while folding (one pass, not a new array per folded endpoint); written back below.
  const aliases = new Map<SmartHomeEndpoint, Set<string>>();
  const out: SmartHomeEndpoint[] = [];
  for (const endpoint of endpoints) {
    const key = endpoint.path.kind === 'amazon-device' && endpoint.path.id ? endpoint.path.id : null;
    const first = key ? byDevice.get(key) : undefined;
    if (!first) {
      if (key) byDevice.set(key, endpoint);
      out.push(endpoint);
      continue;
    }
    let known = aliases.get(first);
    if (!known) aliases.set(first, (known = new Set(first.aliases)));
    known.add(endpoint.id);
    for (const alias of endpoint.aliases) known.add(alias);
    known.delete(first.id);
    for (const iface of endpoint.interfaces) {
      const same = first.interfaces.find((i) => i.name === iface.name);
      if (!same) first.interfaces.push(iface);
      else {
        same.properties = [...new Set([...same.properties, ...iface.properties])];
        same.proactivelyReported = either(same.proactivelyReported, iface.proactivelyReported);
        same.retrievable = either(same.retrievable, iface.retrievable);
      }
    }
  }
  for (const [first, known] of aliases) first.aliases = [...known];
  return out;
}

/** `true` if either endpoint says so; `null` only when neither says anything. */
function either(a: boolean | null, b: boolean | null): boolean | null {
  return a === true || b === true ? true : a === false || b === false ? false : null;
}
