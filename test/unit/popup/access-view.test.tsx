/** The popup's access line and list: plural line, "new since your last visit", "not read", and "keep no history". */
import { render } from 'preact';
import { App } from '../../../src/popup/App.tsx';
import { ScanStore } from '../../../src/store/scan-store.ts';
import { SEEN_KEY } from '../../../src/store/seen.ts';
import { NO_HISTORY_KEY } from '../../../src/store/no-history.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { SourceResult } from '../../../src/model/records.ts';
import { fakeBrowser, getMessage } from '../fake-browser.ts';
import { NOW, RING_API, devicesCapture, fixtureJson } from '../fixtures.ts';

const HOME = '9f2d5a7e-0000-4000-8000-000000000001';
const json = (path: string, body: unknown) => readCapture({ url: `${RING_API}/${path}`, via: 'page-fetch', body, capturedAt: NOW });
const profile = () => json('clients_api/session', fixtureJson('session.json'));
const users = (count: number) => json(`clients_api/locations/${HOME}/users`, (fixtureJson(`access/users-${HOME}.json`) as unknown[]).slice(0, count));
let container: HTMLElement;
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 21, 10, 0, clock++)).toISOString();

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function store(scanId: string, results: SourceResult[]) {
  await new ScanStore(fakeBrowser.storage.local, now).addResults({ scanId, service: 'ring', origin: 'https://account.ring.com', results });
}
async function renderPopup() {
  render(<App />, container);
  await vi.waitFor(() => expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));
}
const line = () => container.querySelector('[data-testid="access-line"]')?.textContent;
const newIds = () => [...container.querySelectorAll('[data-access-id][data-new="true"]')].map((el) => el.getAttribute('data-access-id'));

it('says how many can reach the home, in the plural form, and marks who is new since the last visit', async () => {
  await store('scan-1', [profile(), users(2)]);
  await fakeBrowser.storage.local.set({ [SEEN_KEY]: { 'ring:4100001': 'scan-1' } });
  await store('scan-2', [profile(), users(3)]);
  await renderPopup();
  expect(line()).toBe(getMessage('access_line_other', ['2']));
  expect(container.querySelector('details[data-testid="access"]')?.hasAttribute('open')).toBe(false);
  expect(newIds()).toEqual(['ring:person:4100007']);
  expect(container.querySelector('[data-access-id="ring:person:4100007"]')?.textContent).toContain(getMessage('access_unverified'));
  expect(container.querySelector('[data-access-id="ring:person:4100003"]')?.textContent).toContain(getMessage('access_verified'));
  expect(container.querySelector('[data-testid="quick-exit"]')).not.toBeNull();
});

it('uses the singular for one, and says "not read" rather than "nobody" when no list was read', async () => {
  await store('scan-1', [profile(), users(2)]);
  await renderPopup();
  expect(line()).toBe(getMessage('access_line_one', ['1']));
  render(null, container);
  await fakeBrowser.storage.local.clear();
  await store('scan-9', [readCapture(devicesCapture())]);
  await renderPopup();
  expect(line()).toBe(getMessage('access_line_not_read'));
});

it('with "keep no history": no "new" mark, no first-seen date, and no "last looked at" mark written', async () => {
  await store('scan-1', [profile(), users(2)]);
  await fakeBrowser.storage.local.set({ [SEEN_KEY]: { 'ring:4100001': 'scan-1' }, [NO_HISTORY_KEY]: true });
  await store('scan-2', [profile(), users(3)]);
  await fakeBrowser.storage.local.remove(SEEN_KEY);
  await renderPopup();
  expect(newIds()).toEqual([]);
  expect(container.querySelector('[data-testid="access"]')?.textContent).not.toContain(getMessage('access_first_seen', ['']).trim());
  expect((await fakeBrowser.storage.local.get(SEEN_KEY))[SEEN_KEY]).toBeUndefined();
});
