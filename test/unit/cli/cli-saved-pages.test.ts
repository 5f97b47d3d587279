// @vitest-environment node
/**
 * Issues 11.7 and 12.5: saved pages without `<link rel=canonical>` are placed by Chrome's "saved from url" comment,
 * `og:url` or their content, give the same findings as the page with its canonical link, and an Amazon page is never
 * read as Ring. In a HAR, other Content-and-Devices activities are ignored.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main.ts';
import { readInput } from '../../../src/cli/read-input.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { Report } from '../../../src/model/report.ts';
import { alexaFixturePath, alexaFixtureText, fixturePath, NOW } from '../fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'alexpose-saved-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), now: () => NOW, env: {} });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) as Report };
}

const scan = async (path: string) => {
  const result = await cli(['scan', '--format', 'json', path]);
  return { ...result, report: result.json() };
};
const findings = (report: Report) => report.findings.map((f) => `${f.id} ${f.subject.type}:${f.subject.id}`).sort();
const sources = (report: Report) => report.sources.map((s) => [s.id, s.status, s.origin]);
const placedBy = (report: Report) => report.sources.flatMap((s) => s.diagnostics.filter((d) => d.code.startsWith('placed-by-')).map((d) => d.code));

describe.each([
  ['alexa/saved/alexa-privacy-myad-de-chrome.html', 'alexa-privacy-myad-de.html', 'https://www.amazon.de', 'placed-by-saved-from'],
  ['alexa/saved/apps-with-access-de-chrome.html', 'apps-with-access-de.html', 'https://www.amazon.de', 'placed-by-saved-from'],
  ['alexa/saved/apps-with-access-en-og-url.html', 'apps-with-access-en.html', 'https://www.amazon.com', 'placed-by-og-url'],
  ['alexa/saved/mycd-preferences-en-firefox.html', 'mycd-device-settings-en.html', 'https://www.amazon.com', 'placed-by-content'],
])('Amazon page without canonical link: %s', (saved, original, origin, how) => {
  it('is read as the Amazon page it is, with the same findings as the page with its canonical link', async () => {
    const fromSaved = await scan(alexaFixturePath(saved.replace('alexa/', '')));
    const fromOriginal = await scan(alexaFixturePath(original));
    expect(fromSaved.code).toBe(0);
    expect(fromSaved.stderr).toBe('');
    expect(sources(fromSaved.report)).toEqual([['amazon.privacy-page', 'read', origin]]);
    expect(findings(fromSaved.report)).toEqual(findings(fromOriginal.report));
    expect(fromSaved.report.findings.length).toBeGreaterThan(0);
    expect(placedBy(fromSaved.report)).toEqual([how]);
  });

  it('never gives a Ring source or a Ring device', async () => {
    const { report } = await scan(alexaFixturePath(saved.replace('alexa/', '')));
    expect(report.sources.filter((s) => s.service === 'ring')).toEqual([]);
    expect(report.devices.filter((d) => d.service === 'ring')).toEqual([]);
  });
});

describe('an Amazon page that embeds Ring-shaped page state', () => {
  it('is read as Amazon only: its __NEXT_DATA__ never becomes Ring devices', async () => {
    const { code, report } = await scan(alexaFixturePath('saved/alexa-privacy-myad-de-next-data.html'));
    expect(code).toBe(0);
    expect(sources(report)).toEqual([['amazon.privacy-page', 'read', 'https://www.amazon.de']]);
    expect(report.devices.filter((d) => d.service === 'ring')).toEqual([]);
    expect(report.findings.filter((f) => f.service === 'ring')).toEqual([]);
  });

  it('an Amazon page that is not a settings page is named, not read by shape', async () => {
    const page = readFileSync(alexaFixturePath('saved/alexa-privacy-myad-de-next-data.html'), 'utf8')
      .replace('(0044)https://www.amazon.de/alexa-privacy/apd/myad', '(0047)https://www.amazon.de/gp/css/homepage.html')
      .replace(/<title>[^<]*<\/title>/, '<title>Mein Konto</title>')
      .replace(/<h1[^>]*>[^<]*<\/h1>/g, '');
    const path = join(tmp, 'homepage.html');
    writeFileSync(path, page);
    const { code, report, stderr } = await scan(path);
    expect(code).toBe(2);
    expect(report.sources).toEqual([expect.objectContaining({ status: 'error', diagnostics: [expect.objectContaining({ code: 'amazon-page-not-read' })] })]);
    expect(stderr).toContain('This is an Amazon page (https://www.amazon.de/gp/css/homepage.html) but not one Alexposé reads');
  });
});

describe('Ring pages without canonical link', () => {
  it('the Control Center saved by Chrome is placed by its saved-from comment, same findings', async () => {
    const saved = await scan(fixturePath('saved/control-center-en-chrome.html'));
    const original = await scan(fixturePath('control-center-en.html'));
    expect(saved.code).toBe(0);
    expect(sources(saved.report)).toEqual([['ring.control-center', 'read', 'https://account.ring.com']]);
    expect(findings(saved.report)).toEqual(findings(original.report));
    expect(placedBy(saved.report)).toEqual(['placed-by-saved-from']);
  });

  it('the dashboard saved by Firefox (no comment) is placed by its content, same devices', async () => {
    const saved = await scan(fixturePath('saved/account-dashboard-firefox.html'));
    const original = await scan(fixturePath('account-dashboard.html'));
    expect(saved.code).toBe(0);
    expect(sources(saved.report)).toEqual(sources(original.report));
    expect(saved.report.devices.map((d) => d.id)).toEqual(original.report.devices.map((d) => d.id));
    expect(saved.report.devices.length).toBeGreaterThan(0);
    expect(new Set(placedBy(saved.report))).toEqual(new Set(['placed-by-content']));
  });
});

describe('a Content and Devices HAR with other activities', () => {
  const entry = (activity: string, body: unknown) => ({
    startedDateTime: '2026-11-20T18:00:00.000Z',
    request: {
      method: 'POST',
      url: 'https://www.amazon.de/hz/mycd/digital-console/ajax',
      postData: {
        mimeType: 'application/x-www-form-urlencoded',
        text: `activity=${activity}&activityInput=%7B%22surfaceType%22%3A%22LargeDesktop%22%7D&csrfToken=gFixtureToken`,
      },
    },
    response: { status: 200, content: { mimeType: 'application/json', text: JSON.stringify(body) } },
  });

  it('reads the device list and ignores GetContentOwnershipData and unknown endpoints: exit 0, nothing on stderr', async () => {
    const har = {
      log: {
        entries: [
          entry('GetContentOwnershipData', { success: true, GetContentOwnershipData: { items: [], numberOfItems: 0, hasMoreItems: false } }),
          entry('GetDevicesOverview', JSON.parse(alexaFixtureText('mycd-devices.json'))),
          entry('GetSomethingNew', { success: true, GetSomethingNew: {} }),
          {
            request: { url: 'https://www.amazon.de/hz/mycd/digital-console/ajax' },
            response: { status: 200, content: { text: '{"success":true,"GetContentOwnershipData":{"items":[]}}' } },
          },
          { request: { url: 'https://www.amazon.de/gp/unknown/endpoint' }, response: { status: 200, content: { text: '{}' } } },
        ],
      },
    };
    const path = join(tmp, 'mycd.har');
    writeFileSync(path, JSON.stringify(har));
    const { code, stderr, report } = await scan(path);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(sources(report)).toEqual([['amazon.registered-devices', 'read', 'https://www.amazon.de']]);
    expect(report.findings.filter((f) => f.id === 'amazon.registered-device').length).toBeGreaterThan(0);
    // Below the report (which folds sources of one id together): the other activities were never read at all.
    expect(readInput('mycd.har', JSON.stringify(har), NOW).map((r) => [r.source.id, r.source.status])).toEqual([['amazon.registered-devices', 'read']]);
  });
});

describe('captures of an Amazon page, live or saved, are never read by a Ring reader', () => {
  const dashboard = readFileSync(fixturePath('account-dashboard.html'), 'utf8');
  const nextData = JSON.parse(/<script id="__NEXT_DATA__" type="application\/json">(.*?)<\/script>/s.exec(dashboard)?.[1] ?? 'null') as unknown;

  it('Ring-shaped page state on www.amazon.de is not read as Ring devices', () => {
    expect(nextData).not.toBeNull();
    const onRing = readCapture({ url: 'https://account.ring.com/account/dashboard', via: 'page-state', body: nextData, capturedAt: NOW });
    expect(onRing.source.id).toBe('ring.page-state');
    const onAmazon = readCapture({ url: 'https://www.amazon.de/gp/css/homepage.html', via: 'page-state', body: nextData, capturedAt: NOW });
    expect(onAmazon.source).toMatchObject({ id: 'unknown', status: 'unrecognized', service: 'amazon' });
    expect(onAmazon.records).toEqual({});
  });
});
