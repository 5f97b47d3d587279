import type { Records, SourceResult } from './records.ts';
import { foldLiveState, mergeSmartHomeLists, type SmartHomeEndpoint, type VoiceHistorySummary } from './alexa.ts';
import type { RingDevice, RingLocationUser } from './ring.ts';
import type { MergeNote } from './merge-notes.ts';
import { byCaptureTime } from './capture-order.ts';
import { mergeRingPrivacy } from './merge-privacy.ts';
import { SOURCE } from './source-ids.ts';

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
  ringDeviceAccess: (a) => a.deviceId,
  ringLocations: (l) => l.id,
  ringMonitoring: (m) => m.locationId,
  ringLocationUsers: (u) => userKey(u),
  ringControlSettings: (s) => `${s.key}\u0000${s.deviceName ?? ''}`,
  ringControlLists: (l) => l.key,
  alexaDevices: 'snapshot',
  alexaEndpoints: 'snapshot',
  alexaSkills: 'snapshot',
  amazonDevices: 'snapshot',
  connectedApps: 'snapshot',
  alexaDeviceSettings: (s) => `${s.deviceAccountId}\u0000${s.key}`,
  alexaDeviceAddresses: 'snapshot',
  alexaHousehold: (m) => `${m.kind}\u0000${m.id}`,
  amazonSettings: (s) => s.key,
  skillPermissions: (p) => `${p.skillName}\u0000${p.permission}`,
  // One entry per switch and page, or per feature and device: a newer read of the same one replaces it.
  unknownSettings: (u) => `${u.service}\u0000${u.deviceId ?? u.where}\u0000${u.label}`,
  // An export imported again replaces its earlier reading.
  exportInventories: (e) => `${e.service}\u0000${e.label}`,
  exportFacts: (f) => `${f.service}\u0000${f.label}`,
};

/** Records of an account and what merging had to decide (conflicts, failed newer reads). */
export interface MergedAccount {
  records: Records;
  notes: MergeNote[];
}

/** Folds source results into one view of an account (see mergeAccount). */
export function mergeRecords(results: readonly SourceResult[]): Records {
  return mergeAccount(results).records;
}

/**
 * Folds source results into one view of an account, newest capture last by each result's own capture time. A
 * newer users list for a location that was read (an understood answer) replaces that location's older list, so a
 * removed shared user disappears; a newer read that failed or was unreadable keeps the older list and says so.
 */
export function mergeAccount(input: readonly SourceResult[]): MergedAccount {
  const results = byCaptureTime(input);
  const merged: Records = {};
  const notes: MergeNote[] = [];
  const maps = new Map<keyof Records, Map<string, unknown>>();
  const smartHome = new Map<'graphql' | 'entities' | 'state', SmartHomeEndpoint[]>();
  const deviceScopes = new Map<string, RingDevice[]>();
  for (const result of results) {
    const { records, source } = result;
    if (records.ringDevices) foldDeviceScopes(deviceScopes, records.ringDevices, source.id);
    foldLocationUsers(maps, result, notes);
    for (const name of Object.keys(records) as (keyof Records)[]) {
      // Folded above or below, summed up below.
      if (name === 'voiceHistory' || name === 'ringDevices' || name === 'ringDeviceSettings' || name === 'ringLocationUsers') continue;
      const list = records[name] as unknown[] | undefined;
      if (!list || list.length === 0) continue;
      const rule = MERGE_KEYS[name];
      if (name === 'alexaEndpoints') {
        // Two smart-home lists (GraphQL endpoints, behaviors/entities): each the newest snapshot of its kind, folded below.
        // A live-state answer (origin `state`) is a third snapshot: it adds live state to the devices the others list.
        const endpoints = list as SmartHomeEndpoint[];
        smartHome.set(
          endpoints.some((e) => e.origin === 'entities') ? 'entities' : endpoints.every((e) => e.origin === 'state') ? 'state' : 'graphql',
          endpoints,
        );
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
  if (smartHome.size > 0)
    merged.alexaEndpoints = foldLiveState(mergeSmartHomeLists(smartHome.get('graphql') ?? [], smartHome.get('entities') ?? []), smartHome.get('state') ?? []);
  const devices = mergeRingDevices(deviceScopes);
  if (devices.length > 0) merged.ringDevices = devices;
  const privacy = mergeRingPrivacy(results);
  if (privacy.settings.length > 0) merged.ringDeviceSettings = privacy.settings;
  notes.push(...privacy.notes);
  const history = results.flatMap((r) => r.records.voiceHistory ?? []);
  if (history.length > 0) merged.voiceHistory = [mergeVoiceHistory(history)];
  return { records: merged, notes };
}

/**
 * A users list that was read (status `read`: every entry understood, or an understood empty answer) replaces the
 * older list of its location. Anything less (an error body such as `{"error":"Forbidden"}`, entries that could not be
 * read) deletes nothing: the users it could read are added, the older ones kept, and a note says the newer read failed.
 */
function foldLocationUsers(maps: Map<keyof Records, Map<string, unknown>>, { records, source }: SourceResult, notes: MergeNote[]): void {
  const list = records.ringLocationUsers;
  if (!list) return;
  // A failed read with nothing before it adds no list: "no users list read" is not "nobody else".
  if (source.status !== 'read' && list.length === 0 && !maps.has('ringLocationUsers')) return;
  const users = maps.get('ringLocationUsers') ?? new Map<string, unknown>();
  maps.set('ringLocationUsers', users);
  const fromUrl = /\/locations\/([^/?#]+)\/users\/?$/.exec(source.location ?? '')?.[1];
  const locations = new Set(list.map((u) => u.locationId));
  if (fromUrl) locations.add(safeDecode(fromUrl));
  const olderOf = (location: string) => [...users.keys()].filter((key) => key.split('\u0000')[0] === location);
  if (source.status === 'read') {
    for (const location of locations) for (const key of olderOf(location)) users.delete(key);
  } else {
    for (const location of locations) {
      const kept = olderOf(location).length;
      if (kept > 0) notes.push({ code: 'newer-read-failed', locationId: location, source: source.id, capturedAt: source.capturedAt ?? null, kept });
    }
  }
  for (const user of list) users.set(userKey(user), user);
}

const userKey = (u: RingLocationUser) => `${u.locationId}\u0000${u.userId}`;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
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
  return sourceId === SOURCE.ringDeviceInfo ? 'v3-list' : 'ring_devices';
}

/**
 * A newer list of one scope replaces the older list of that scope; the newest scope moves to the end.
 * An empty list replaces nothing: a shared user's `ring_devices` comes back empty while v3 lists the cameras.
 */
function foldDeviceScopes(scopes: Map<string, RingDevice[]>, devices: readonly RingDevice[], sourceId: string): void {
  const fresh = new Map<string, RingDevice[]>();
  for (const d of devices) {
    const scope = d.scope ?? defaultScope(sourceId);
    const list = fresh.get(scope);
    if (list) list.push(d);
    else fresh.set(scope, [d]);
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
  if (older.keyAccessPoint === true || newer.keyAccessPoint === true) merged.keyAccessPoint = true;
  merged.sharedWithYou = merged.group === 'authorized_doorbots' || merged.owned === false;
  return merged;
}
