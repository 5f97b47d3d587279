/**
 * Issue 24 (item 4): changes in words, not keys. Two scans of the same account: the location users list
 * (`clients_api/locations/{id}/users`, shape of python-ring-doorbell `tests/fixtures/ring_intercom_users.json`, as in
 * test/fixtures/ring/users-<id>.json) gains a shared user. The popup's and the report's history must say "Max can now
 * see Zuhause (Berlin)" and "Zuhause (Berlin): 3 people instead of 2", never "count 2 → 3", a role id or the location id.
 */
import { buildReport } from '../../../src/report/build-report.ts';
import { diffReports } from '../../../src/report/diff-reports.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { roleWords } from '../../../src/report/people-changes.ts';
import type { Locale } from '../../../src/i18n/translate.ts';
import { setFakeLocale } from '../fake-browser.ts';
import { NOW, RING_API, fixtureJson } from '../fixtures.ts';

const HOME = '9f2d5a7e-0000-4000-8000-000000000001';
const users = (extra: object[] = []) =>
  readCapture({
    url: `${RING_API}/clients_api/locations/${HOME}/users`,
    via: 'page-fetch',
    body: [...(fixtureJson(`users-${HOME}.json`) as object[]), ...extra],
    capturedAt: NOW,
  });
const locations = () => readCapture({ url: `${RING_API}/devices/v1/locations`, via: 'page-fetch', body: fixtureJson('locations.json'), capturedAt: NOW });
const MAX = {
  id: 4100009,
  verified: false,
  first_name: 'Max',
  last_name: 'Mustermann',
  email: 'max@example.invalid',
  object_type: 'user',
  devices: [{ id: 70010002, role: 'shared_user', device_type: 'hp_cam_v2', permissions: null }],
};

async function wordsFor(locale: Locale): Promise<string[]> {
  vi.resetModules();
  setFakeLocale(locale);
  const { describeChange } = await import('../../../src/ui/components/ChangeList.tsx');
  const ctx = { t: bundledTranslator(locale), locale, toolVersion: 't', now: NOW };
  const before = buildReport([locations(), users()], ctx);
  const after = buildReport([locations(), users(), users([MAX])], ctx);
  return diffReports(before, after).map(describeChange);
}

describe('changes in words', () => {
  afterEach(() => setFakeLocale('en'));

  it.each([
    ['en', 'Max Mustermann can now see Zuhause (Berlin)', 'Zuhause (Berlin): 2 people instead of 1'],
    ['de', 'Max Mustermann hat jetzt Zugriff auf Zuhause (Berlin)', 'Zuhause (Berlin): 2 Personen statt 1'],
  ] as const)('a new shared user is said as who can now see where, and the count as people (%s)', async (locale, person, count) => {
    const words = await wordsFor(locale);
    expect(words).toContain(person);
    expect(words).toContain(count);
    for (const w of words) {
      expect(w).not.toMatch(/shared_user|→/);
      expect(w).not.toContain(HOME);
    }
  });

  it('names roles in the words of Ring’s apps, and never shows an unknown role id', () => {
    expect(roleWords('shared_user', bundledTranslator('en'))).toBe('shared user');
    expect(roleWords('shared_user', bundledTranslator('de'))).toBe('gemeinsamer Nutzer');
    expect(roleWords('owner', bundledTranslator('de'))).toBe('Inhaber');
    expect(roleWords('installer_x', bundledTranslator('en'))).toBe('another role');
  });

  it('never heads a location with its id: without a locations list it is "Unnamed location"', () => {
    const ctx = { t: bundledTranslator('en'), locale: 'en' as const, toolVersion: 't', now: NOW };
    const alone = buildReport([users()], ctx).findings.find((f) => f.id === 'ring.shared-users');
    expect(alone?.subject).toEqual({ type: 'location', id: HOME, name: 'Unnamed location' });
    const named = buildReport([locations(), users()], ctx).findings.find((f) => f.id === 'ring.shared-users');
    expect(named?.subject.name).toBe('Zuhause (Berlin)');
  });
});
