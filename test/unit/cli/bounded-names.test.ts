// @vitest-environment node
/**
 * Issue 20.7: every stored name is bounded at the parse boundary (200 characters, the full length noted), whichever
 * source it comes from: a Ring device list, an Alexa smart-home list, a Control Center page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main.ts';
import { boundName, MAX_NAME_CHARS } from '../../../src/sources/json-reader.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { Report } from '../../../src/model/report.ts';
import { alexaFixtureJson, fixtureText, NOW } from '../fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'alexpose-names-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const LONG = 'Front Door '.repeat(5000); // 55,000 characters

async function scanJson(name: string, content: string): Promise<Report> {
  const path = join(tmp, name);
  writeFileSync(path, content);
  let stdout = '';
  await run(['scan', '--format', 'json', path], { stdout: (s) => void (stdout += s), stderr: () => undefined, now: () => NOW, env: {} });
  return JSON.parse(stdout) as Report;
}

describe('boundName', () => {
  it('keeps names up to the limit as they are', () => {
    expect(boundName('x'.repeat(MAX_NAME_CHARS))).toBe('x'.repeat(MAX_NAME_CHARS));
  });

  it('cuts longer names to the limit, by code point, with the full length at the end', () => {
    const out = boundName('😀'.repeat(1234));
    expect(Array.from(out)).toHaveLength(MAX_NAME_CHARS);
    expect(out.endsWith('… [1234]')).toBe(true);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('names are bounded where they are read', () => {
  it('a Ring device and its owner', async () => {
    const body = {
      doorbots: [],
      authorized_doorbots: [{ id: 1, description: LONG, kind: 'doorbell_v4', owned: false, owner: { id: 2, first_name: LONG, last_name: 'X' } }],
      stickup_cams: [],
      chimes: [],
    };
    const report = await scanJson('ring_devices.json', JSON.stringify(body));
    const device = report.devices.find((d) => d.id === '1');
    expect(device?.name).toHaveLength(MAX_NAME_CHARS);
    // The reader trims the name first (54,999 characters), then it is bounded.
    expect(device?.name).toMatch(/^Front Door .*… \[54999\]$/);
    expect(Array.from(device?.via.name ?? '').length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    const source = report.sources.find((s) => s.id === 'ring.devices');
    expect(source?.status).toBe('read');
    expect(source?.diagnostics).toContainEqual(
      expect.objectContaining({ level: 'info', code: 'name-truncated', message: expect.stringContaining('54999 characters') }),
    );
  });

  it('an Alexa smart-home device', () => {
    // Every place the fixture names the Echo Show (friendlyName, friendlyNameObject, legacy appliance) gets the long name.
    const body = JSON.parse(JSON.stringify(alexaFixtureJson('graphql-endpoints.json')).replaceAll('Echo Show Küche', LONG)) as unknown;
    const result = readCapture({ url: 'https://alexa.amazon.de/nexus/v1/graphql', via: 'har', body, capturedAt: NOW });
    const names = (result.records.alexaEndpoints ?? []).map((e) => e.name);
    expect(names.some((n) => /… \[\d{5}\]$/.test(n))).toBe(true);
    expect(Math.max(...names.map((n) => Array.from(n).length))).toBeLessThanOrEqual(MAX_NAME_CHARS);
  });

  it('a list entry on a Control Center page', async () => {
    const page = fixtureText('control-center-en.html').replace(
      /(<li[^>]*>)([^<]+)(<\/li>)/,
      (_m, open: string, _text: string, close: string) => `${open}${LONG}${close}`,
    );
    expect(page).toContain(LONG);
    const report = await scanJson('control-center-en.html', page);
    const text = JSON.stringify(report);
    // The page outline keeps 300 characters of a text; the stored list entry is bounded to 200 and says so.
    expect(text).not.toContain(LONG.slice(0, 250));
    expect(text).toMatch(/Front … \[300\]/);
  });
});
