import type { Records, SourceResult } from './records.ts';
import { mergeSmartHomeLists, type SmartHomeEndpoint, type VoiceHistorySummary } from './alexa.ts';
import { RING_PRIVACY_FIELDS, type RingDevice, type RingDeviceSettings } from './ring.ts';

type Keyed<K extends keyof Records> = NonNullable<Records[K]>[number];

/** How each record list folds across sources, oldest first. */
const MERGE_KEYS: { [K in Exclude<keyof Records, 'voiceHistory'>]-?: 'snapshot' | ((record: Keyed<K>) => string) } = {
  // Device lists fold by scope and id (see mergeRingDevices); this key is only the fallback.
  ringDevices: (d) => d.id,
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
  // An export imported again replaces its earlier reading.
  exportInventories: (e) => `${e.service}\u0000${e.label}`,
  exportFacts: (f) => `${f.service}\u0000${f.label}`,
};

/**
 * Folds source results (oldest first) into one view of an account. A newer users list for a location
 * replaces that location's older list, so a removed shared user disappears.
 */
export function mergeRecords(results: readonly SourceResult[]): Records {
  const merged: Records = {};
  const maps = new Map<keyof Records, Map<string, unknown>>();
  const smartHome = new Map<'graphql' | 'entities', SmartHomeEndpoint[]>();
  const deviceScopes = new Map<string, RingDevice[]>();
  const privacy = new Map<string, RingDeviceSettings>();
  for (const { records, source } of results) {
    const freshUserLocations = new Set((records.ringLocationUsers ?? []).map((u) => u.locationId));
    // An empty users list read from a location's URL says "nobody else": it clears that location's older list.
    const emptyFor = records.ringLocationUsers?.length === 0 ? /\/locations\/([^/?#]+)\/users\/?$/.exec(source.location ?? '')?.[1] : undefined;
    if (emptyFor) freshUserLocations.add(decodeURIComponent(emptyFor));
    if (records.ringDevices) foldDeviceScopes(deviceScopes, records.ringDevices, source.id);
    for (const s of records.ringDeviceSettings ?? []) foldPrivacy(privacy, s, source.id);
    if (freshUserLocations.size > 0) {
      const users = maps.get('ringLocationUsers');
      for (const key of users?.keys() ?? []) if (freshUserLocations.has(key.split('\u0000')[0] ?? '')) users?.delete(key);
    }
    for (const name of Object.keys(records) as (keyof Records)[]) {
      if (name === 'voiceHistory' || name === 'ringDevices' || name === 'ringDeviceSettings') continue; // folded above, summed up below
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
  const devices = mergeRingDevices(deviceScopes);
  if (devices.length > 0) merged.ringDevices = devices;
  if (privacy.size > 0) merged.ringDeviceSettings = [...privacy.values()];
  const history = results.flatMap((r) => r.records.voiceHistory ?? []);
  if (history.length > 0) merged.voiceHistory = [mergeVoiceHistory(history)];
  return merged;
}

/** Pages of voice history add up: the union of their records, the widest period, every device. */
function mergeVoiceHistory(pages: readonly VoiceHistorySummary[]): VoiceHistorySummary {
  const keys = new Set(pages.flatMap((p) => p.recordKeys));
  const times = pages
    .flatMap((p) => [p.earliest, p.latest])
    .filter((t): t is string => t !== null)
    .sort();
  return {
    recordKeys: [...keys],
    earliest: times[0] ?? null,
    latest: times[times.length - 1] ?? null,
    devices: [...new Set(pages.flatMap((p) => p.devices))],
    endpoint: pages[pages.length - 1]?.endpoint ?? 'rvh',
    more: pages[pages.length - 1]?.more ?? false,
  };
}

/** The scope a list without records stands for: an empty `ring_devices` clears the older `ring_devices` list, not the v3 one. */
function defaultScope(sourceId: string): string {
  return sourceId === 'ring.device-info' ? 'v3-list' : 'ring_devices';
}

/**
 * A newer list of one scope replaces the older list of that scope; the newest scope moves to the end.
 * An empty list replaces nothing: a shared user's `ring_devices` comes back empty while v3 lists the cameras.
 */
function foldDeviceScopes(scopes: Map<string, RingDevice[]>, devices: readonly RingDevice[], sourceId: string): void {
  const fresh = new Map<string, RingDevice[]>();
  for (const d of devices) {
    const scope = d.scope ?? defaultScope(sourceId);
    fresh.set(scope, [...(fresh.get(scope) ?? []), d]);
  }
  for (const [scope, list] of fresh) {
    scopes.delete(scope);
    scopes.set(scope, list);
  }
}

/**
 * Every device once, by id, across the lists that name it (`ring_devices`, the page state, `device_info/v3`):
 * what a newer list states wins, what it leaves out is kept from the older one.
 */
function mergeRingDevices(scopes: Map<string, RingDevice[]>): RingDevice[] {
  const byId = new Map<string, RingDevice>();
  for (const list of scopes.values()) {
    for (const device of list) {
      const older = byId.get(device.id);
      byId.set(device.id, older ? foldDevice(older, device) : device);
    }
  }
  return [...byId.values()];
}

const GENERIC_MAKERS = new Set(['Ring', 'ONVIF camera', 'third party']);

function foldDevice(older: RingDevice, newer: RingDevice): RingDevice {
  const merged: RingDevice = { ...older };
  for (const [key, value] of Object.entries(newer) as [keyof RingDevice, unknown][]) {
    if (value !== null && value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  // A list that names no maker falls back to a generic one ("Ring", "ONVIF camera"); a maker another list named (Blink, Amazon) is kept.
  if (GENERIC_MAKERS.has(newer.maker) && !GENERIC_MAKERS.has(older.maker)) merged.maker = older.maker;
  if (newer.name.startsWith('Ring ') && newer.name.endsWith(newer.id) && !older.name.startsWith('Ring ')) merged.name = older.name;
  merged.keyByAmazon = older.keyByAmazon === true || newer.keyByAmazon === true;
  merged.sharedWithYou = merged.group === 'authorized_doorbots' || merged.owned === false;
  return merged;
}

/** Per device and field, the newest capture that states the field wins; `sources` names it. */
function foldPrivacy(map: Map<string, RingDeviceSettings>, record: RingDeviceSettings, sourceId: string): void {
  const current: RingDeviceSettings = map.get(record.deviceId) ?? {
    deviceId: record.deviceId,
    audioRecording: null,
    e2eeEnabled: null,
    encryptionMethod: null,
    recordingTtlDays: null,
    localStorage: null,
    sources: {},
  };
  const next: RingDeviceSettings = { ...current, sources: { ...current.sources } };
  for (const field of RING_PRIVACY_FIELDS) {
    const value = record[field];
    if (value === null || value === undefined) continue;
    (next as unknown as Record<string, unknown>)[field] = value;
    next.sources = { ...next.sources, [field]: record.sources?.[field] ?? sourceId };
  }
  map.set(record.deviceId, next);
}
