import { render } from 'preact';
import { App } from '../../../src/popup/App.tsx';
import { ScanStore } from '../../../src/store/scan-store.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { SourceResult } from '../../../src/model/records.ts';
import { fakeBrowser, getMessage } from '../fake-browser.ts';
import { devicesCapture, fixtureJson, harResults } from '../fixtures.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

async function store(results: SourceResult[]) {
  await new ScanStore(fakeBrowser.storage.local).addResults({ scanId: 'scan-1', service: 'ring', origin: 'https://account.ring.com', results });
}

/** Renders the popup and waits until it has loaded (aria-busy goes false). */
async function renderPopup() {
  render(<App />, container);
  await vi.waitFor(() => expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));
}

function findingIds(): string[] {
  return [...new Set([...container.querySelectorAll('[data-finding-id]')].map((el) => el.getAttribute('data-finding-id')))].sort() as string[];
}

it('shows the empty state when nothing is stored', async () => {
  await renderPopup();
  expect(container.querySelector('[data-testid="empty-state"]')?.textContent).toContain(getMessage('popup_nothing_scanned'));
  expect(container.querySelector('[data-testid="account"]')).toBeNull();
});

it('shows the summary and a card per finding of a stored HAR scan', async () => {
  await store(harResults());
  await renderPopup();
  expect(container.querySelector('[data-testid="summary"]')?.textContent).toContain('5 devices read');
  expect(findingIds()).toEqual(expect.arrayContaining(['ring.audio-recording', 'ring.e2ee-off', 'ring.shared-with-you']));
  // The HAR is a German account (profile country DE) whose bridge reports itself a Sidewalk gateway: what the account
  // reports is the fact, so Sidewalk is a finding, with a note that Ring lists it for the US only (issue 24).
  expect(findingIds()).toContain('ring.sidewalk');
  expect(container.querySelector('[data-finding-id="ring.sidewalk"]')?.textContent).toContain('lists this feature for US only');
  const e2ee = [...container.querySelectorAll('[data-finding-id="ring.e2ee-off"]')].map((el) => el.getAttribute('data-subject-id'));
  expect(e2ee.sort()).toEqual(['70010001', '70010002']);
  expect(container.querySelector('[data-testid="empty-state"]')).toBeNull();
});

it('updates when a scan arrives while it is open', async () => {
  await renderPopup();
  await store(harResults());
  await vi.waitFor(() => expect(container.querySelector('[data-testid="summary"]')).not.toBeNull());
  expect(findingIds()).toContain('ring.e2ee-off');
});

it('renders a hostile device name as text, never as markup', async () => {
  const body = fixtureJson('ring-devices.json') as { doorbots: { description: string }[] };
  body.doorbots[0]!.description = HOSTILE;
  await store([readCapture(devicesCapture(body))]);
  await renderPopup();
  expect(container.querySelector('img[src="x"]')).toBeNull();
  expect(container.textContent).toContain(HOSTILE);
});

it("a German owner's popup asks the neighbour about their doorbell instead of offering it as a fix (issue 24)", async () => {
  // test/fixtures/ring/ownership: the owner's doorbell (E2EE on) and a neighbour's doorbell shared with them.
  const read = (endpoint: string, file: string) =>
    readCapture({
      url: `https://account.ring.com/api/cgw/${endpoint}`,
      via: 'page-fetch',
      body: fixtureJson(`ownership/${file}`),
      capturedAt: '2026-12-01T00:00:00.000Z',
    });
  await store([read('clients_api/session', 'session-de-neighbors.json'), read('clients_api/ring_devices', 'ring-devices-neighbour-doorbell.json')]);
  await renderPopup();
  await vi.waitFor(() => expect(container.querySelector('[data-testid="owner-action"]')).not.toBeNull());
  const own = [...container.querySelectorAll('[data-testid="fix-action"]')];
  expect(own.map((li) => li.textContent).join(' ')).not.toContain('Nachbars Klingel');
  const asks = [...container.querySelectorAll('[data-testid="owner-action"]')];
  expect(asks.length).toBeGreaterThan(0);
  for (const ask of asks) {
    expect(ask.querySelector('[data-testid="check-again"]')).toBeNull();
    expect(ask.textContent).toContain('Nils Nachbar');
    expect(ask.textContent).toContain('Nachbars Klingel');
  }
  expect(asks.map((li) => li.querySelector('.action__title')?.textContent)).toContain('Ask Nils Nachbar to turn off audio recording');
  // Below the user's own fixes, and the neighbour's doorbell on its own line next to the grade.
  const ownGroup = container.querySelector('[data-testid="fix-first"]')!;
  const askGroup = container.querySelector('[data-testid="owner-actions"]')!;
  expect(ownGroup.compareDocumentPosition(askGroup) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(container.querySelector('[data-testid="shared-line"]')?.textContent).toContain(
    '1 camera shared with you: Ring can open its videos — set by Nils Nachbar',
  );
  // The neighbour's finding cards say who sets them and give no steps for the user's own settings.
  const card = container.querySelector('[data-finding-id="ring.audio-recording"][data-subject-id="70050009"]')!;
  expect(card.querySelector('[data-testid="finding-owner"]')?.textContent).toBe('Set by Nils Nachbar');
  expect(card.querySelector('[data-testid="finding-owner-place"]')).not.toBeNull();
  expect(card.querySelector('a.button')).toBeNull();
});
