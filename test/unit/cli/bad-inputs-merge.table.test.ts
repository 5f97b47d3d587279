// @vitest-environment node
/**
 * Issue 25 items 2 and 3 at the CLI: captures that disagree, a newer one that states encryption unreadably, a users
 * answer that failed. Each row runs the real CLI over files in the real shapes (Ring fixtures, invented values; the
 * 200 error body `{"error":"Forbidden"}` is the issue's reproduction, no public capture shows it) in every argument
 * order and asserts the sources' status, the exit code and that the camera's police path is not "safe".
 *
 * Saved JSON files carry no capture time: nothing says which is newer, so they count as the same time and a
 * disagreement is a conflict, whatever the argument order.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main.ts';
import type { Report } from '../../../src/model/report.ts';
import { NOW, RING_API, fixturePath } from '../fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'alexpose-merge-rows-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CAMERA = '70010002';
const LOCATION = '9f2d5a7e-0000-4000-8000-000000000001';
const SAFE_STATES = ['closed-e2ee', 'closed-no-cloud', 'local-only'];
const fixture = (name: string) => JSON.parse(readFileSync(fixturePath(name), 'utf8')) as unknown;

/** The device list with the camera's own encryption state, as `ring_devices` entries carry it. */
function deviceList(encryption: boolean): unknown {
  const body = structuredClone(fixture('ring-devices.json')) as { stickup_cams: Record<string, unknown>[] };
  const camera = body.stickup_cams.find((c) => String(c['id']) === CAMERA) as Record<string, unknown>;
  camera['settings'] = { ...(camera['settings'] as object), video_settings: { encryption_enabled: encryption }, user_specified_recording_ttl: 30 };
  return body;
}

/** The camera's settings document; `encryption` undefined leaves the key out. */
function settingsDoc(encryption: unknown): unknown {
  const video: Record<string, unknown> = { hdr_enable: true };
  if (encryption !== undefined) video['encryption_enabled'] = encryption;
  return { general_settings: { enable_audio_recording: false }, video_settings: video, backend_settings: { user_specified_recording_ttl: 30 } };
}

/** A DevTools HAR of JSON answers, each with its own time. */
function har(entries: { path: string; body: unknown; at: string }[]): unknown {
  return {
    log: {
      version: '1.2',
      creator: { name: 'test', version: '1' },
      entries: entries.map(({ path, body, at }) => ({
        startedDateTime: at,
        time: 10,
        request: { method: 'GET', url: `${RING_API}/${path}`, headers: [] },
        response: { status: 200, statusText: 'OK', headers: [], content: { mimeType: 'application/json', text: JSON.stringify(body) } },
      })),
    },
  };
}

const T0 = '2026-11-20T18:00:00.000Z';
const T1 = '2026-11-20T18:05:00.000Z';
const USERS = `clients_api/locations/${LOCATION}/users`;

interface Row {
  name: string;
  /** File name (a folder may precede it) → JSON body. */
  files: Record<string, unknown>;
  /** Every argument order is run. */
  orders: string[][];
  /** Statuses of the sources, sorted. */
  statuses: string[];
  police: 'open' | 'unknown' | null;
  mergeCodes: string[] | ((order: string[]) => string[]);
  exit: number;
  /** The shared-users finding must stay (a failed read is no improvement). */
  sharedUsersKept?: boolean;
}

const both = (a: string, b: string) => [
  [a, b],
  [b, a],
];

const ROWS: Row[] = [
  {
    name: 'list says encryption on, settings say off (same time)',
    files: { 'ring_devices.json': deviceList(true), [`${CAMERA}-settings.json`]: settingsDoc(false) },
    orders: both('ring_devices.json', `${CAMERA}-settings.json`),
    statuses: ['read', 'read'],
    police: 'open',
    mergeCodes: ['capture-conflict'],
    exit: 1,
  },
  {
    name: 'list says encryption on, settings state it as the string "off"',
    files: { 'ring_devices.json': deviceList(true), [`${CAMERA}-settings.json`]: settingsDoc('off') },
    orders: both('ring_devices.json', `${CAMERA}-settings.json`),
    statuses: ['partial', 'read'],
    police: 'unknown',
    mergeCodes: ['capture-conflict'],
    exit: 1,
  },
  {
    name: 'list says encryption on, settings leave it out',
    files: { 'ring_devices.json': deviceList(true), [`${CAMERA}-settings.json`]: settingsDoc(undefined) },
    orders: both('ring_devices.json', `${CAMERA}-settings.json`),
    statuses: ['partial', 'read'],
    police: 'unknown',
    mergeCodes: ['capture-conflict'],
    exit: 1,
  },
  {
    name: 'HAR: settings say on, a later settings answer states it as the string "off"',
    files: {
      'settings.har': har([
        { path: 'clients_api/ring_devices', body: fixture('ring-devices.json'), at: T0 },
        { path: `devices/v1/devices/${CAMERA}/settings`, body: settingsDoc(true), at: T0 },
        { path: `devices/v1/devices/${CAMERA}/settings`, body: settingsDoc('off'), at: T1 },
      ]),
    },
    orders: [['settings.har']],
    statuses: ['partial', 'read', 'read'],
    police: 'unknown',
    // The entries' own times say which is newer: the newer one states encryption unreadably (not a same-time conflict).
    mergeCodes: ['newer-unreadable'],
    exit: 1,
  },
  {
    name: 'HAR: users list, then a 200 error body on the users endpoint',
    files: {
      'users.har': har([
        { path: 'clients_api/ring_devices', body: fixture('ring-devices.json'), at: T0 },
        { path: USERS, body: fixture(`users-${LOCATION}.json`), at: T0 },
        { path: USERS, body: { error: 'Forbidden' }, at: T1 },
      ]),
    },
    orders: [['users.har']],
    statuses: ['error', 'read', 'read'],
    police: 'unknown',
    mergeCodes: ['newer-read-failed'],
    exit: 1,
    sharedUsersKept: true,
  },
  {
    name: 'HAR: users list, then a list whose entries cannot be read',
    files: {
      'users.har': har([
        { path: 'clients_api/ring_devices', body: fixture('ring-devices.json'), at: T0 },
        { path: USERS, body: fixture(`users-${LOCATION}.json`), at: T0 },
        { path: USERS, body: [42, null, { object_type: 'user' }], at: T1 },
      ]),
    },
    orders: [['users.har']],
    // Entries present but none readable: an error, never "none" (the one list rule of issue 25).
    statuses: ['error', 'read', 'read'],
    police: 'unknown',
    mergeCodes: ['newer-read-failed'],
    exit: 1,
    sharedUsersKept: true,
  },
  {
    name: 'two HARs: users list in one, the error body in the other',
    files: {
      'a/users.har': har([
        { path: 'clients_api/ring_devices', body: fixture('ring-devices.json'), at: T0 },
        { path: USERS, body: fixture(`users-${LOCATION}.json`), at: T0 },
      ]),
      'b/users.har': har([{ path: USERS, body: { error: 'Forbidden' }, at: T1 }]),
    },
    orders: both('a/users.har', 'b/users.har'),
    statuses: ['error', 'read', 'read'],
    police: 'unknown',
    // Each HAR entry carries its own time, so the later failed read is known as later in either argument order.
    mergeCodes: ['newer-read-failed'],
    exit: 1,
    sharedUsersKept: true,
  },
];

async function cli(dir: string, files: string[]) {
  let stdout = '';
  const code = await run(['scan', '--format', 'json', ...files.map((f) => join(dir, f))], {
    stdout: (s) => void (stdout += s),
    stderr: () => undefined,
    now: () => NOW,
    env: {},
  });
  return { code, report: JSON.parse(stdout) as Report };
}

function writeRow(row: Row, index: number): string {
  const dir = join(tmp, String(index));
  for (const [name, body] of Object.entries(row.files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify(body));
  }
  return dir;
}

describe('bad and contradicting inputs at the CLI: never "safe", whatever the argument order', () => {
  ROWS.forEach((row, index) => {
    describe(row.name, () => {
      const dir = writeRow(row, index);
      it.each(row.orders.map((order) => [order.join(' '), order]))('%s: status, exit code, police path', async (_label, order) => {
        const { code, report } = await cli(dir, order);
        expect(report.sources.map((s) => s.status).sort()).toEqual(row.statuses);
        expect(code).toBe(row.exit);
        const path = report.policePaths?.find((p) => p.deviceId === CAMERA);
        expect(SAFE_STATES).not.toContain(path?.state);
        if (row.police) expect(path?.state).toBe(row.police);
        expect((report.mergeNotes ?? []).map((n) => n.code)).toEqual(typeof row.mergeCodes === 'function' ? row.mergeCodes(order) : row.mergeCodes);
        if (row.sharedUsersKept) expect(report.findings.filter((f) => f.id === 'ring.shared-users').length).toBeGreaterThan(0);
      });
    });
  });
});
