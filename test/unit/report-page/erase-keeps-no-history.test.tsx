/** "Erase everything" removes every scan but keeps "keep no history" on: otherwise the next scan would start a history again. */
import { render } from 'preact';
import { EraseAll } from '../../../src/report-page/components/EraseAll.tsx';
import { ERASED_AT_KEY } from '../../../src/store/erased.ts';
import { NO_HISTORY_KEY } from '../../../src/store/no-history.ts';
import { ScanStore } from '../../../src/store/scan-store.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { fakeBrowser } from '../fake-browser.ts';
import { devicesCapture } from '../fixtures.ts';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

it.each([true, false])('keep no history %s: everything goes, the setting stays as it was', async (on) => {
  await new ScanStore(fakeBrowser.storage.local).addResults({
    scanId: 's',
    service: 'ring',
    origin: 'https://account.ring.com',
    results: [readCapture(devicesCapture())],
  });
  await fakeBrowser.storage.local.set({ [NO_HISTORY_KEY]: on });
  render(<EraseAll />, container);
  (container.querySelector('[data-testid="erase"] > button') as HTMLButtonElement).click();
  (container.querySelector('[data-testid="erase-confirm"]') as HTMLButtonElement).click();
  await vi.waitFor(() => expect(container.querySelector('[role="status"]')).not.toBeNull());
  // Besides the setting, only the erase time stays (captures still on their way are not stored after it).
  expect(await fakeBrowser.storage.local.get(null)).toEqual({ [ERASED_AT_KEY]: expect.any(String), ...(on ? { [NO_HISTORY_KEY]: true } : {}) });
});
