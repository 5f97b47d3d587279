// webextension-polyfill throws outside an extension: every test gets the in-memory fake instead.
import { resetFakeBrowser } from './fake-browser.ts';

vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('./fake-browser.ts');
  return { default: fakeBrowser };
});

beforeEach(() => resetFakeBrowser());
