// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main.ts';
import { MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import type { Report } from '../../../src/model/report.ts';
import { fixturePath, NOW, subjectsOf } from '../fixtures.ts';

const HAR = fixturePath('account.har');
const CONTROL_CENTER_DE = fixturePath('control-center-de.html');
const tmp = mkdtempSync(join(tmpdir(), 'alexpose-cli-'));
const MISSING = join(tmp, 'missing.har');
const UNRELATED = join(tmp, 'hello.json');
writeFileSync(UNRELATED, '{"hello":1}');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), now: () => NOW, env });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) as Report };
}

const en = (key: string) => MESSAGES.en[key]?.message ?? key;
const de = (key: string) => MESSAGES.de[key]?.message ?? key;

describe('alexpose scan', () => {
  it('scans the demo account without files, saying so on stderr', async () => {
    const { code, stdout, stderr } = await cli(['scan']);
    expect(code).toBe(0);
    expect(stderr.trim()).toBe(en('cli_demo_notice'));
    expect(stdout).toContain(en('finding_ring_e2ee_off_title'));
    expect(stdout).not.toContain(`${en('cli_findings_heading').replace('$1', '0')}`);
  });

  it('reads the HAR into a JSON report with the four finding kinds', async () => {
    const { code, json, stderr } = await cli(['scan', '--format', 'json', HAR]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = json();
    expect(subjectsOf(report.findings, 'ring.e2ee-off')).toEqual(['70010001', '70010002']);
    expect(subjectsOf(report.findings, 'ring.audio-recording')).toEqual(['70010001', '70010003']);
    expect(subjectsOf(report.findings, 'ring.shared-with-you')).toEqual(['70020007']);
    // A German account (profile country DE) whose floodlight reports itself a Sidewalk gateway: what the account
    // reports is the fact, so it is a finding, with the note that Ring lists Sidewalk for the US only (issue 24).
    expect(subjectsOf(report.findings, 'ring.sidewalk')).toEqual(['70010002']);
    expect(report.findings.find((f) => f.id === 'ring.sidewalk')?.details['notOfferedIn']).toBe('DE');
    expect(report.sources.length).toBeGreaterThanOrEqual(4); // device list + three settings documents
    expect(report.sources.every((s) => s.status === 'read')).toBe(true);
  });

  it('exits 1 when one of several files is missing, and lists it as an error source', async () => {
    const { code, json, stderr } = await cli(['scan', '--format=json', MISSING, HAR]);
    expect(code).toBe(1);
    expect(json().sources).toContainEqual(expect.objectContaining({ status: 'error', location: 'missing.har' }));
    expect(json().findings.length).toBeGreaterThan(0);
    expect(stderr).toContain('missing.har');
  });

  it('exits 2 when nothing could be read', async () => {
    expect((await cli(['scan', MISSING])).code).toBe(2);
  });

  it('calls an unrelated JSON file unrecognized, exit 2 when alone', async () => {
    const { code, json } = await cli(['scan', '--format', 'json', UNRELATED]);
    expect(code).toBe(2);
    expect(json().sources).toEqual([expect.objectContaining({ id: 'unknown', status: 'unrecognized', location: 'hello.json' })]);
    expect((await cli(['scan', UNRELATED, HAR])).code).toBe(1);
  });

  it('rejects an unknown format with one error line and no stack trace', async () => {
    const { code, stdout, stderr } = await cli(['scan', '--format', 'xml', HAR]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const errors = stderr.split('\n').filter((l) => l.startsWith('alexpose:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"xml"');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('speaks German with --lang de, or from LANG', async () => {
    for (const { stdout } of [await cli(['scan', '--lang', 'de', HAR]), await cli(['scan', HAR], { LANG: 'de_DE.UTF-8' })]) {
      expect(stdout).toContain(de('finding_ring_e2ee_off_title'));
      expect(stdout).toContain(de('cli_sources_heading'));
      expect(stdout).not.toContain(en('finding_ring_e2ee_off_title'));
    }
  });

  it('writes Markdown with a section per finding', async () => {
    const { code, stdout } = await cli(['scan', '--format', 'markdown', HAR]);
    const count = (await cli(['scan', '--format', 'json', HAR])).json().findings.length;
    expect(code).toBe(0);
    expect(stdout.startsWith(`# ${en('md_title')}\n`)).toBe(true);
    expect(stdout.match(/^### /gm)).toHaveLength(count);
    expect(stdout).toContain(`## ${en('cli_findings_heading').replace('$1', String(count))}`);
    expect(stdout).toContain(en('finding_ring_shared_with_you_title'));
    // A German account whose bridge reports Sidewalk: the finding is there, with its region note (issue 24).
    expect(stdout).toContain(en('finding_ring_sidewalk_title'));
  });
});

describe('alexpose scan of the full account HAR and the Control Center page', () => {
  const HOME = '9f2d5a7e-0000-4000-8000-000000000001';

  it('lists every new finding kind with its exact subjects, and reads every source', async () => {
    const { code, json } = await cli(['scan', '--format', 'json', HAR]);
    expect(code).toBe(0);
    const report = json();
    const subjects = (id: string) =>
      report.findings
        .filter((f) => f.id === id)
        .map((f) => `${f.subject.type}:${f.subject.id}`)
        .sort();
    expect(subjects('ring.e2ee-off')).toEqual(['device:70010001', 'device:70010002']);
    expect(subjects('ring.cloud-video-storage')).toEqual(['device:70010001', 'device:70010002', 'device:70010003']);
    expect(subjects('ring.shared-users')).toEqual([`location:${HOME}`]);
    expect(report.findings.find((f) => f.id === 'ring.shared-users')?.details['people']).toContain('Sam Beispiel (shared_user)');
    // The HAR is a German account (profile country DE) whose own data reports features Ring lists only for the US
    // (or US and Canada): they stand, each with the note that they are not listed for DE (issue 24).
    const regional: Record<string, string[]> = {
      'ring.neighbors': ['account:4100001'],
      'ring.monitoring-video-verification': [`location:${HOME}`],
      'ring.familiar-faces': ['device:70010003'],
      'ring.ai-video-descriptions': ['device:70010003'],
      'ring.sidewalk': ['device:70010002'],
    };
    for (const [id, expected] of Object.entries(regional)) {
      expect(subjects(id), id).toEqual(expected);
      expect(report.findings.filter((f) => f.id === id).every((f) => f.details['notOfferedIn'] === 'DE')).toBe(true);
    }
    // Amazon's delivery access exists in Germany too (Ring Intercom), so it stays.
    expect(subjects('ring.key-by-amazon')).toEqual(['device:70010005']);
    expect(subjects('ring.snapshot-capture')).toEqual(['device:70010003']);
    expect(subjects('ring.location-precise')).toEqual([`location:${HOME}`]);
    // A location by its name and the city of its address (issue 24), never by its id.
    expect(report.findings.find((f) => f.id === 'ring.location-precise')?.subject.name).toBe('Zuhause (Berlin)');
    expect(report.sources.map((s) => s.id).sort()).toEqual([
      'ring.device-info',
      'ring.device-settings',
      'ring.device-settings',
      'ring.device-settings',
      'ring.devices',
      'ring.key-associations',
      'ring.location-users',
      'ring.locations',
      'ring.locations',
      'ring.monitoring',
      'ring.profile',
    ]);
    expect(report.sources.filter((s) => s.status !== 'read')).toEqual([]);
  });

  it('gives the storage risk by days: high for 60, medium for 30 and 7', async () => {
    const report = (await cli(['scan', '--format', 'json', HAR])).json();
    const storage = report.findings.filter((f) => f.id === 'ring.cloud-video-storage').map((f) => [f.subject.id, f.risk, f.details['days']]);
    expect(storage.sort()).toEqual([
      ['70010001', 'medium', 30],
      ['70010002', 'high', 60],
      ['70010003', 'medium', 7],
    ]);
  });

  it('writes German titles for the German Control Center page', async () => {
    const { code, stdout } = await cli(['scan', '--lang', 'de', CONTROL_CENTER_DE]);
    expect(code).toBe(0);
    for (const key of [
      'finding_ring_community_requests_title',
      'finding_ring_search_party_title',
      'finding_ring_linked_accounts_title',
      'finding_ring_authorized_devices_title',
      'finding_ring_alexa_link_title',
    ]) {
      expect(de(key), key).not.toBe(en(key));
      expect(stdout, key).toContain(de(key));
      expect(stdout, key).not.toContain(en(key));
    }
    expect(stdout).toContain(de('finding_ring_cloud_video_storage_title').replace('$1', '60'));
    expect(stdout).toContain(de('cli_sources_heading'));
  });

  it('reads the same Control Center findings from the English and German pages', async () => {
    const ids = async (file: string) =>
      (await cli(['scan', '--format', 'json', file]))
        .json()
        .findings.map((f) => `${f.id} ${f.subject.type}:${f.subject.id}`)
        .sort();
    const german = await ids(CONTROL_CENTER_DE);
    expect(german).toEqual(await ids(fixturePath('control-center-en.html')));
    expect(german).toEqual([
      'ring.alexa-link account:ring-account',
      'ring.authorized-devices account:ring-account',
      'ring.cloud-video-storage account:ring-account',
      'ring.community-requests account:ring-account',
      'ring.linked-accounts account:ring-account',
      'ring.search-party device:Garten Flutlicht',
      'ring.shared-users account:ring-account',
      'ring.sidewalk account:ring-account',
    ]);
  });
});
