import { type BrowserContext, type Worker } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAPPED_HOSTS } from './support/fixture-site.ts';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { unexpectedHosts, type RecordingProxy } from './support/recording-proxy.ts';
import { CHROMIUM, browserAvailable, until } from './support/browsers.ts';
import { EXPECTED_FINDINGS, storedSourceIds } from './support/expected.ts';
import { reportIssues } from '../../src/model/report-schema.ts';

const ARTIFACTS = resolve('test-artifacts');

describe.runIf(browserAvailable(CHROMIUM))('Chromium: the report page', () => {
  let proxy: RecordingProxy;
  let context: BrowserContext;
  let worker: Worker;
  let session: ChromiumSession | undefined;

  beforeAll(async () => {
    session = await startChromiumSession({
      viewport: { width: 1200, height: 900 },
      acceptDownloads: true,
      prepareServer: (s) => void (s.dashboardApp = 'everything'),
    });
    ({ proxy, context, worker } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows inventory, picture and history, exports the report schema, imports a HAR and erases everything after confirmation', async () => {
    const extensionId = new URL(worker.url()).host;
    const stored = async (id: string) => (await worker.evaluate(storedSourceIds)).filter((s) => s === id).length;
    const page = await context.newPage();
    await page.goto('https://account.ring.com/account/dashboard');
    await until('device settings in storage', async () => (await stored('ring.device-settings')) === 3);
    await page.goto('https://account.ring.com/account/control-center');
    await until('Control Center in storage', async () => (await stored('ring.control-center')) === 1);

    const report = await context.newPage();
    await report.goto(`chrome-extension://${extensionId}/src/report-page/index.html`);
    await report.waitForSelector('[data-account^="ring:"] [data-testid="devices"] tbody tr');
    expect(await report.locator('[data-account^="ring:"] [data-testid="devices"] tbody tr').count()).toBe(5);
    expect(await report.locator('[data-account^="ring:"] svg[role="img"]').count()).toBe(1);
    // Two scans (dashboard, Control Center): the second read the Control Center for the first time, so its findings
    // are "newly read", none "newly on"; the first entry says it is the first read (issue 14).
    expect(await report.locator('[data-account^="ring:"] [data-testid="history"] > ol > li').count()).toBe(2);
    expect(await report.locator('[data-account^="ring:"] [data-change-kind="finding-added"][data-newly-read="true"]').count()).toBeGreaterThan(0);
    expect(await report.locator('[data-account^="ring:"] [data-testid="history"] .change--worse').count()).toBe(0);
    expect(await report.locator('[data-account^="ring:"] [data-testid="history-first-read"]').count()).toBe(1);
    mkdirSync(ARTIFACTS, { recursive: true });
    await report.screenshot({ path: join(ARTIFACTS, 'report-chromium.png'), fullPage: true });

    // Filtering by risk leaves only high-risk findings.
    await report.selectOption('[data-account^="ring:"] [data-testid="inventory"] select >> nth=1', 'high');
    const risks = await report.locator('[data-account^="ring:"] [data-testid="report-findings"] .risk').allTextContents();
    expect(risks.length).toBe(3);
    expect(risks.every((r) => r.includes('High risk'))).toBe(true);

    // Export JSON: a file of the public report schema.
    const [download] = await Promise.all([report.waitForEvent('download'), report.click('[data-account^="ring:"] [data-testid="export"] button >> nth=0')]);
    const exported: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(reportIssues(exported)).toEqual([]);
    expect((exported as { findings: unknown[] }).findings.length).toBe(EXPECTED_FINDINGS.length);
    // For an auditor (issue 24): each source's read time, each finding's own document and time, and the history.
    const audit = exported as { sources: { readAt?: string }[]; findings: { evidence: { location?: string; readAt?: string } }[]; history?: unknown[] };
    expect(audit.sources.every((s) => typeof s.readAt === 'string')).toBe(true);
    expect(audit.findings.every((f) => f.evidence.location?.startsWith('https://account.ring.com/') && typeof f.evidence.readAt === 'string')).toBe(true);
    expect(audit.history).toHaveLength(2);

    // A data-rights letter from the scan: German GDPR access request to Ring, with the police question for the open cameras.
    await report.selectOption('[data-testid="letters"] select >> nth=0', 'ring');
    await report.selectOption('[data-testid="letters"] select >> nth=1', 'gdpr');
    await report.selectOption('[data-testid="letters"] select >> nth=2', 'de');
    await report.fill('[data-testid="letters"] input[type="text"]', 'Alex Muster');
    await report.click('[data-testid="letters"] .button--primary');
    const letter = (await report.textContent('[data-testid="letter-body"]')) ?? '';
    expect(letter).toContain('Antrag nach der DSGVO zu meinen Daten bei Ring');
    expect(letter).toContain('welche Aufnahmen meiner Kameras (Front Door, Garten Flutlicht)');
    // Nachbarn Eingang is shared with the user by its owner: it is not listed as the user's device (issue 15).
    expect(letter).toContain('Gerät: Front Door');
    expect(letter).not.toContain('Gerät: Nachbarn Eingang');
    expect(await report.getAttribute('[data-testid="letter-mailto"]', 'href')).toMatch(/^mailto:\?subject=Antrag/);
    // The name was not kept: "Remember" was not ticked.
    expect(await worker.evaluate(() => chrome.storage.local.get('alexpose.person'))).toEqual({});

    // Import: the Alexa deep-scan HAR becomes an Amazon account.
    await report.setInputFiles('[data-testid="import"] input[type="file"]', resolve('test/fixtures/alexa/alexa-deep-scan.har'));
    await report.waitForSelector('[data-testid="import-status"]:has-text("1 file read")');
    await report.waitForSelector('[data-account="amazon:amazon.de"] [data-finding-id="alexa.state-reporting"]');

    // Erase: nothing happens until confirmed; then storage holds nothing but the time of the erase, and the page says so.
    await report.click('[data-testid="erase"] > button');
    await report.click('dialog[open] button >> nth=0');
    expect(await stored('ring.devices')).toBeGreaterThan(0);
    await report.click('[data-testid="erase"] > button');
    await report.click('[data-testid="erase-confirm"]');
    await report.waitForSelector('[data-testid="report-empty"]');
    // The page says "erased" once it has also noted when (so captures in flight are not stored after the erase).
    await report.waitForSelector('[data-testid="erase"] [role="status"]');
    expect(Object.keys(await worker.evaluate(() => chrome.storage.local.get(null)))).toEqual(['alexpose.erasedAt']);
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
