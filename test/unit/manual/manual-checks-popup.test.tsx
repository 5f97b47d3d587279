import { render } from 'preact';
import { App } from '../../../src/popup/App.tsx';
import { ScanStore } from '../../../src/store/scan-store.ts';
import { MANUAL_ANSWERS_KEY } from '../../../src/store/manual-answers.ts';
import { fakeBrowser, getMessage } from '../fake-browser.ts';
import { harResults } from '../fixtures.ts';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

it('lists the manual checks of a Ring scan, and "Done" stores a dated answer the popup then shows as the user own', async () => {
  await new ScanStore(fakeBrowser.storage.local).addResults({ scanId: 'scan-1', service: 'ring', origin: 'https://account.ring.com', results: harResults() });
  render(<App />, container);
  await vi.waitFor(() => expect(container.querySelector('[data-testid="manual-checks"]')).not.toBeNull());
  const row = container.querySelector<HTMLElement>('[data-manual-check="ring.event-history"]');
  expect(row?.dataset['state']).toBe('unanswered');
  expect(row?.textContent).toContain(getMessage('finding_ring_event_history_title'));
  const done = [...(row?.querySelectorAll('button') ?? [])].find((b) => b.textContent === getMessage('manual_check_done'));
  done?.click();
  await vi.waitFor(() => expect(container.querySelector<HTMLElement>('[data-manual-check="ring.event-history"]')?.dataset['state']).toBe('done'));
  const stored = (await fakeBrowser.storage.local.get(MANUAL_ANSWERS_KEY))[MANUAL_ANSWERS_KEY] as Record<string, Record<string, { answer: string }>>;
  expect(Object.values(stored)[0]?.['ring.event-history']?.answer).toBe('done');
  expect(container.querySelector('[data-manual-check="ring.event-history"]')?.textContent).toContain(getMessage('manual_check_statement_note'));
});
