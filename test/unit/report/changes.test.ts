import { diffReports } from '../../../src/report/diff-reports.ts';
import { changesSinceSeen, worseCount } from '../../../src/report/account-changes.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { SourceResult } from '../../../src/model/records.ts';
import type { StoreState, StoredScan } from '../../../src/store/schema.ts';
import { showBadge } from '../../../src/background/badge.ts';
import { CONTROL_CENTER_URL, devicesCapture, fixtureJson, fixtureOutline, outlineCapture, settingsCapture } from '../fixtures.ts';

const ctx = { t: bundledTranslator('en'), locale: 'en' as const, toolVersion: 't', now: '2026-11-22T00:00:00.000Z' };
const report = (results: SourceResult[]) => buildReport(results, ctx);
const kinds = (changes: ReturnType<typeof diffReports>) =>
  changes.map((c) => `${c.kind} ${c.findingId ?? ''} ${c.subject.id}${c.detail ? ` ${c.detail.key}:${c.detail.before}->${c.detail.after}` : ''}`.trim()).sort();

/** The fixture device list with one more shared user, device or setting changed, as a later scan would read it. */
function devicesWith(edit: (body: Record<string, unknown[]>) => void): SourceResult {
  const body = structuredClone(fixtureJson('ring-devices.json')) as Record<string, unknown[]>;
  edit(body);
  return readCapture(devicesCapture(body));
}

describe('diffReports: every kind of change between two scans of an account', () => {
  const base = [readCapture(devicesCapture()), readCapture(settingsCapture('70010001'))];

  it('says nothing for the first scan, and nothing when nothing changed', () => {
    expect(diffReports(null, report(base))).toEqual([]);
    expect(diffReports(report(base), report(base))).toEqual([]);
  });

  it('a new device (worse) and a device gone', () => {
    const added = devicesWith((b) => b['chimes']?.push({ id: 70010099, description: 'Keller Gong', kind: 'chime_v2', owned: true, owner: { id: 4100001 } }));
    expect(kinds(diffReports(report(base), report([added, base[1]!])))).toEqual(['device-added  70010099']);
    expect(diffReports(report(base), report([added, base[1]!]))[0]?.worse).toBe(true);
    expect(kinds(diffReports(report([added, base[1]!]), report(base)))).toEqual(['device-removed  70010099']);
  });

  it('a setting switched back on: Sidewalk on in the Control Center after it was off', () => {
    const off = structuredClone(fixtureOutline('control-center-en.html'));
    const sidewalk = off.controls.find((c) => c.label === 'Amazon Sidewalk');
    if (!sidewalk) throw new Error('fixture changed: no Sidewalk switch');
    sidewalk.state = 'off';
    const before = report([...base, readCapture(outlineCapture(off, CONTROL_CENTER_URL))]);
    const after = report([...base, readCapture(outlineCapture(fixtureOutline('control-center-en.html'), CONTROL_CENTER_URL))]);
    const changes = diffReports(before, after);
    expect(kinds(changes)).toEqual(expect.arrayContaining(['finding-added ring.sidewalk 4100001', 'finding-added ring.sidewalk 70010002']));
    expect(changes.every((c) => c.worse)).toBe(true);
  });

  it('a retention period lengthened (worse) and shortened (not worse)', () => {
    const longer = structuredClone(fixtureJson('settings-70010001.json')) as { backend_settings: { user_specified_recording_ttl: number } };
    longer.backend_settings.user_specified_recording_ttl = 90;
    const after = report([base[0]!, readCapture(settingsCapture('70010001', longer))]);
    const change = diffReports(report(base), after).find((c) => c.findingId === 'ring.cloud-video-storage');
    expect(change).toMatchObject({ kind: 'finding-changed', subject: { id: '70010001' }, detail: { key: 'days', before: 30, after: 90 }, worse: true });
    expect(diffReports(after, report(base)).find((c) => c.findingId === 'ring.cloud-video-storage')).toMatchObject({ worse: false });
  });

  it('a new shared user at a location', () => {
    const users = structuredClone(fixtureJson('users-9f2d5a7e-0000-4000-8000-000000000001.json')) as unknown[];
    const url = 'https://account.ring.com/api/cgw/clients_api/locations/9f2d5a7e-0000-4000-8000-000000000001/users';
    const owner = readCapture({ url, via: 'page-fetch', body: users.slice(0, 1), capturedAt: ctx.now });
    const shared = readCapture({ url, via: 'page-fetch', body: users, capturedAt: ctx.now });
    expect(kinds(diffReports(report([...base, owner]), report([...base, shared])))).toEqual([
      'finding-added ring.shared-users 9f2d5a7e-0000-4000-8000-000000000001',
    ]);
  });

  it('a new skill permission, a new linked app, and a finding that went away', () => {
    const perms = (granted: boolean) => ({
      kind: 'page-outline',
      lang: 'en',
      title: 'Manage Skill Permissions',
      headings: ['Manage Skill Permissions', 'Device Address'],
      controls: [{ kind: 'switch', label: 'Pizza Express', context: 'Pizza Express', state: granted ? 'on' : 'off', section: 'Device Address' }],
      lists: [],
      texts: [],
    });
    const apps = (names: string[]) => ({
      kind: 'page-outline',
      lang: 'en',
      title: 'Apps and Services with Access to Your Data',
      headings: ['Your Active Apps & Websites'],
      controls: [],
      lists: [{ heading: 'Your Active Apps & Websites', items: names }],
      texts: [],
    });
    const page = (path: string, body: unknown) => readCapture({ url: `https://www.amazon.com${path}`, via: 'page-outline', body, capturedAt: ctx.now });
    const before = report([page('/alexa-privacy/apd/skill-permissions', perms(false)), page('/ap/adam', apps(['Recipe Planner']))]);
    const after = report([page('/alexa-privacy/apd/skill-permissions', perms(true)), page('/ap/adam', apps(['Recipe Planner', 'Vigilo Cam']))]);
    expect(kinds(diffReports(before, after))).toEqual(['finding-added alexa.skill-permission Pizza Express', 'finding-added amazon.connected-app Vigilo Cam']);
    expect(kinds(diffReports(after, before))).toEqual([
      'finding-resolved alexa.skill-permission Pizza Express',
      'finding-resolved amazon.connected-app Vigilo Cam',
    ]);
  });
});

describe('changes since the user last looked, and the badge', () => {
  const scan = (id: string, at: string, results: SourceResult[]): StoredScan => ({
    id,
    accountKey: 'ring:4100001',
    service: 'ring',
    origin: 'https://account.ring.com',
    startedAt: at,
    updatedAt: at,
    results,
  });
  const first = scan('s1', '2026-11-20T10:00:00.000Z', [readCapture(devicesCapture())]);
  const second = scan('s2', '2026-11-21T10:00:00.000Z', [readCapture(settingsCapture('70010001'))]);
  const state: StoreState = { schemaVersion: 1, scans: [second, first] };

  // Issue 14: the settings read in s2 were never read before, so what they show is the baseline, not a change.
  it('treats what a never-read source shows as the baseline: nothing new for an account never looked at, "newly read" otherwise', () => {
    expect(changesSinceSeen(state, {}).size).toBe(0);
    const seenFirst = changesSinceSeen(state, { 'ring:4100001': 's1' }).get('ring:4100001') ?? [];
    expect(kinds(seenFirst)).toEqual(expect.arrayContaining(['finding-added ring.e2ee-off 70010001']));
    expect(seenFirst.every((c) => c.newlyRead === true && !c.worse)).toBe(true);
    expect(worseCount(changesSinceSeen(state, { 'ring:4100001': 's1' }))).toBe(0);
    expect(changesSinceSeen(state, { 'ring:4100001': 's2' }).size).toBe(0);
    expect(changesSinceSeen({ schemaVersion: 1, scans: [first] }, {}).size).toBe(0);
  });

  it('compares with the scan before the last when the user never looked, and with the seen scan otherwise', () => {
    const longer = structuredClone(fixtureJson('settings-70010001.json')) as { backend_settings: { user_specified_recording_ttl: number } };
    longer.backend_settings.user_specified_recording_ttl = 90;
    const third = scan('s3', '2026-11-22T10:00:00.000Z', [readCapture(settingsCapture('70010001', longer))]);
    const later: StoreState = { schemaVersion: 1, scans: [third, second, first] };
    const never = changesSinceSeen(later, {});
    expect(kinds(never.get('ring:4100001') ?? [])).toEqual([
      'finding-changed ring.cloud-video-storage 70010001 days:30->90',
      'finding-changed ring.e2ee-off 70010001 recordingTtlDays:30->90',
    ]);
    expect(worseCount(never)).toBe(2);
    expect(changesSinceSeen(later, { 'ring:4100001': 's3' }).size).toBe(0);
  });

  it('raises the badge with "!" while a change for the worse is unseen', async () => {
    const calls: string[] = [];
    const action = { setBadgeText: async ({ text }: { text: string }) => void calls.push(text), setBadgeBackgroundColor: async () => undefined };
    await showBadge(action, 2, 1);
    await showBadge(action, 2, 0);
    await showBadge(action, null, 3);
    expect(calls).toEqual(['2!', '2', '']);
  });
});
