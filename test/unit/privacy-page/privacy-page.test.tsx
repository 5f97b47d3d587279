import { render } from 'preact';
import { PrivacyPolicy, PRIVACY_PERMISSIONS, PRIVACY_SECTIONS } from '../../../src/privacy-page/PrivacyPolicy.tsx';
import { AboutFooter } from '../../../src/ui/components/AboutFooter.tsx';
import { App } from '../../../src/popup/App.tsx';
import { ReportApp } from '../../../src/report-page/ReportApp.tsx';
import { getMessage, setFakeLocale, FAKE_EXTENSION_ID } from '../fake-browser.ts';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  setFakeLocale('en');
});

it.each(['en', 'de'] as const)('the privacy page shows every section and the installed version (%s)', (locale) => {
  setFakeLocale(locale);
  render(<PrivacyPolicy />, container);
  const text = container.textContent ?? '';
  expect(container.querySelector('h1')?.textContent).toBe(getMessage('privacy_title'));
  for (const key of [...PRIVACY_SECTIONS.flat(), ...PRIVACY_PERMISSIONS, 'privacy_summary', 'privacy_erase_heading', 'privacy_erase']) {
    expect(getMessage(key)).not.toBe('');
    expect(text).toContain(getMessage(key));
  }
  expect(text).toContain(getMessage('privacy_version', ['0.1.0']));
});

it('the footer names the version and links the privacy page', () => {
  render(<AboutFooter />, container);
  expect(container.querySelector('[data-testid="version"]')?.textContent).toBe('Version 0.1.0');
  expect(container.querySelector('[data-testid="privacy-link"]')?.getAttribute('href')).toBe(
    `chrome-extension://${FAKE_EXTENSION_ID}/src/privacy-page/index.html`,
  );
});

it.each([
  ['popup', () => <App />],
  ['report page', () => <ReportApp />],
])('the %s has the footer', async (_name, page) => {
  render(page(), container);
  await vi.waitFor(() => expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));
  expect(container.querySelector('[data-testid="privacy-link"]')).not.toBeNull();
  expect(container.querySelector('[data-testid="version"]')?.textContent).toContain('0.1.0');
});
