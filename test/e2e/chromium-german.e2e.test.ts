import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { CHROMIUM, CHROMIUM_GERMAN, browserAvailable, germanAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';

// Debian's Chromium ships only en-US until chromium-l10n is installed (`.ci/run` installs it).
describe.runIf(browserAvailable(CHROMIUM) && germanAvailable(CHROMIUM_GERMAN, 'the German UI test'))('Chromium in German', () => {
  let session: ChromiumSession | undefined;

  beforeAll(async () => {
    session = await startChromiumSession({ language: 'de', prepareServer: (s) => void (s.dashboardApp = 'everything') });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the popup and the report page in German, as the browser is set', async () => {
    const { context, worker, extensionId } = session!;
    const page = await context.newPage();
    await page.goto('https://account.ring.com/account/dashboard');
    await until('device settings in storage', async () => (await worker.evaluate(storedSourceIds)).filter((s) => s === 'ring.device-settings').length === 3);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await popup.waitForSelector('[data-finding-id]');
    expect(await popup.textContent('[data-testid="summary"]')).toMatch(/^5 Geräte gelesen · \d+ Befunde · \d+ mit hohem Risiko$/);
    expect(await popup.textContent('[data-finding-id="ring.e2ee-off"] h4')).toBe('Ring kann die Videos dieser Kamera öffnen');
    expect(await popup.textContent('[data-finding-id="ring.e2ee-off"] summary')).toBe('Warum das zählt und wie Sie es abschalten');
    expect(await popup.getAttribute('[data-finding-id="ring.audio-recording"] a[href^="https://ring.com/"]', 'href')).toContain('/de/de/');
    const text = (await popup.textContent('body')) ?? '';
    for (const english of ['Who receives it', 'How to turn this off', 'Findings', 'What was read']) expect(text).not.toContain(english);

    const report = await context.newPage();
    await report.goto(`chrome-extension://${extensionId}/src/report-page/index.html`);
    await report.waitForSelector('svg[role="img"]');
    expect(await report.textContent('h1')).toBe('Alexposé-Bericht');
    expect(await report.textContent('svg[role="img"] title')).toBe('Wohin Ihre Daten gehen');
  });
});
