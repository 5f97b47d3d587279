import type { Service } from '../model/diagnostics.ts';
import type { SourceResult } from '../model/records.ts';
import { amazonAccountKey, ringIdentity } from './account-key.ts';

export interface ImportGroup {
  service: Service;
  origin: string;
  results: SourceResult[];
}

const SETTINGS_DEVICE = /\/devices\/v1\/devices\/([^/]+)\/settings$/;

/**
 * Splits what one imported file held the way live captures are kept apart: by service, and within a service
 * by account (Ring: the profile or the device list's owner; Amazon/Alexa: the marketplace). A Ring result that
 * names no account goes with the account whose device list holds its device, else with the first account.
 */
export function splitByAccount(results: readonly SourceResult[]): ImportGroup[] {
  const groups = new Map<string, ImportGroup>();
  const group = (key: string, service: Service, origin: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { service, origin, results: [] }));
    else if (service === 'amazon') g.service = 'amazon';
    return g;
  };
  const ring = results.filter((r) => r.source.service === 'ring');
  const deviceOwner = new Map<string, string>();
  const ringKeyOf = new Map<SourceResult, string>();
  for (const r of ring) {
    const key = ringIdentity([r]);
    if (!key) continue;
    ringKeyOf.set(r, key);
    for (const d of r.records.ringDevices ?? []) deviceOwner.set(String(d.id), key);
  }
  const firstRingKey = [...ringKeyOf.values()][0] ?? 'ring:';
  for (const r of results) {
    if (r.source.service === 'ring') {
      const device = SETTINGS_DEVICE.exec(r.source.location ?? '')?.[1];
      const key = ringKeyOf.get(r) ?? (device ? deviceOwner.get(device) : undefined) ?? firstRingKey;
      group(key, 'ring', r.source.origin === 'file:' ? 'https://account.ring.com' : r.source.origin).results.push(r);
    } else {
      const key = amazonAccountKey(r.source.origin) ?? `${r.source.service}:${r.source.origin}`;
      group(key, r.source.service, r.source.origin).results.push(r);
    }
  }
  return [...groups.values()];
}
