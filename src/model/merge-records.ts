import type { Records, SourceResult } from './records.ts';
import { mergeSmartHomeLists, type SmartHomeEndpoint, type VoiceHistorySummary } from './alexa.ts';

type Keyed<K extends keyof Records> = NonNullable<Records[K]>[number];

/** How each record list folds across sources, oldest first. */
const MERGE_KEYS: { [K in Exclude<keyof Records, 'voiceHistory'>]-?: 'snapshot' | ((record: Keyed<K>) => string) } = {
  // A device list, a profile and the Key associations are whole snapshots: the newest replaces older ones.
  ringDevices: 'snapshot',
  ringProfile: 'snapshot',
  ringKeyAssociations: 'snapshot',
  // Everything else replaces older records with the same key only.
  ringDeviceSettings: (s) => s.deviceId,
  ringDeviceFeatures: (f) => f.deviceId,
  ringLocations: (l) => l.id,
  ringMonitoring: (m) => m.locationId,
  ringLocationUsers: (u) => `${u.locationId}\u0000${u.userId}`,
  ringControlSettings: (s) => `${s.key}\u0000${s.deviceName ?? ''}`,
  ringControlLists: (l) => l.key,
  alexaDevices: 'snapshot',
  alexaEndpoints: 'snapshot',
  alexaSkills: 'snapshot',
  amazonDevices: 'snapshot',
  connectedApps: 'snapshot',
  alexaDeviceSettings: (s) => `${s.deviceAccountId}\u0000${s.key}`,
  alexaHousehold: (m) => `${m.kind}\u0000${m.id}`,
  amazonSettings: (s) => s.key,
  skillPermissions: (p) => `${p.skillName}\u0000${p.permission}`,
};

/**
 * Folds source results (oldest first) into one view of an account. A newer users list for a location
 * replaces that location's older list, so a removed shared user disappears.
 */
export function mergeRecords(results: readonly SourceResult[]): Records {
  const merged: Records = {};
  const maps = new Map<keyof Records, Map<string, unknown>>();
  const smartHome = new Map<'graphql' | 'entities', SmartHomeEndpoint[]>();
  for (const { records } of results) {
    const freshUserLocations = new Set((records.ringLocationUsers ?? []).map((u) => u.locationId));
    if (freshUserLocations.size > 0) {
      const users = maps.get('ringLocationUsers');
      for (const key of users?.keys() ?? []) if (freshUserLocations.has(key.split('\u0000')[0] ?? '')) users?.delete(key);
    }
    for (const name of Object.keys(records) as (keyof Records)[]) {
      if (name === 'voiceHistory') continue; // summed up below
      const list = records[name] as unknown[] | undefined;
      if (!list || list.length === 0) continue;
      const rule = MERGE_KEYS[name];
      if (name === 'alexaEndpoints') {
        // Two smart-home lists (GraphQL endpoints, behaviors/entities): each the newest snapshot of its kind, folded below.
        smartHome.set(list.some((e) => (e as SmartHomeEndpoint).origin === 'entities') ? 'entities' : 'graphql', list as SmartHomeEndpoint[]);
        continue;
      }
      if (rule === 'snapshot') {
        (merged as Record<string, unknown>)[name] = list;
        continue;
      }
      const map = maps.get(name) ?? new Map<string, unknown>();
      for (const record of list) map.set((rule as (r: unknown) => string)(record), record);
      maps.set(name, map);
    }
  }
  for (const [name, map] of maps) (merged as Record<string, unknown>)[name] = [...map.values()];
  if (smartHome.size > 0) merged.alexaEndpoints = mergeSmartHomeLists(smartHome.get('graphql') ?? [], smartHome.get('entities') ?? []);
  const history = results.flatMap((r) => r.records.voiceHistory ?? []);
  if (history.length > 0) merged.voiceHistory = [mergeVoiceHistory(history)];
  return merged;
}

/** Pages of voice history add up: the union of their records, the widest period, every device. */
function mergeVoiceHistory(pages: readonly VoiceHistorySummary[]): VoiceHistorySummary {
  const keys = new Set(pages.flatMap((p) => p.recordKeys));
  const times = pages.flatMap((p) => [p.earliest, p.latest]).filter((t): t is string => t !== null).sort();
  return {
    recordKeys: [...keys],
    earliest: times[0] ?? null,
    latest: times[times.length - 1] ?? null,
    devices: [...new Set(pages.flatMap((p) => p.devices))],
    endpoint: pages[pages.length - 1]?.endpoint ?? 'rvh',
    more: pages[pages.length - 1]?.more ?? false,
  };
}
