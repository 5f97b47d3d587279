// @vitest-environment node
/**
 * `alexpose scan` on the 2026 shapes of issue 26 (project-written fixtures under test/fixtures/{ring,alexa}/2026/,
 * each naming its public evidence in its `_fixture` header or in the fixtures README).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main.ts';
import type { Report } from '../../../src/model/report.ts';
import { NOW, alexaFixturePath, alexaFixtureText, fixturePath } from '../fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'alexpose-cli-2026-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), now: () => NOW, env: {} });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) as Report };
}

describe('Ring: a recording camera with subscribed: false', () => {
  it('has police path open (60 days) and a high ring.e2ee-off', async () => {
    const { code, json } = await cli(['scan', '--format', 'json', fixturePath('2026/device-info-70040001.json')]);
    expect(code).toBe(0);
    const report = json();
    expect(report.policePaths?.map((p) => [p.deviceName, p.state, p.retentionDays, p.evidenceFields])).toEqual([
      ['Flur Schwenkkamera', 'open', 60, ['device.settings.video_settings.encryption_enabled', 'device.features.video_recording.recording_enabled']],
    ]);
    expect(report.policePaths?.[0]?.explanation).toContain('60 days');
    expect(report.findings.find((f) => f.id === 'ring.e2ee-off')).toMatchObject({ risk: 'high', details: { cloudRecording: true } });
    expect(report.findings.find((f) => f.id === 'ring.cloud-video-storage')).toMatchObject({ details: { days: 60 } });
  });

  it('in German too, and a camera that says it does not record is closed', async () => {
    const { json } = await cli([
      'scan',
      '--format',
      'json',
      '--lang',
      'de',
      fixturePath('2026/device-info-70040001.json'),
      fixturePath('2026/device-info-70040002.json'),
    ]);
    const report = json();
    expect(report.policePaths?.map((p) => [p.deviceId, p.state])).toEqual([
      ['70040001', 'open'],
      ['70040002', 'closed-no-cloud'],
    ]);
    expect(report.policePaths?.[0]?.explanation).toContain('60 Tage');
  });
});

describe('Alexa: the aliased thermostat answer', () => {
  it('gives both thermostats with names and makers, and says their reporting is unknown (partial, not read)', async () => {
    const { json, stdout } = await cli(['scan', '--format', 'json', alexaFixturePath('2026/graphql-thermostats.json')]);
    const report = json();
    expect(report.sources.map((s) => [s.id, s.status])).toEqual([['alexa.smart-home', 'partial']]);
    const thermostats = report.devices.filter((d) => d.category === 'thermostat');
    expect(thermostats.map((d) => [d.name, d.maker])).toEqual([
      ['Thermostat Wohnzimmer', 'Amazon'],
      ['Heizung Bad', 'ecobee'],
    ]);
    expect(stdout).not.toContain('amzn1.alexa.endpoint');
  });
});

describe('Alexa: devices-v2 with other makers and groups', () => {
  it('a TV with Alexa built in is not made by Amazon; a speaker group is not a device', async () => {
    const { code, json } = await cli(['scan', '--format', 'json', alexaFixturePath('2026/devices-v2-2026.json')]);
    expect(code).toBe(0);
    const report = json();
    const tv = report.devices.find((d) => d.name === 'Wohnzimmer Fernseher');
    expect(tv).toMatchObject({ category: 'tv', maker: 'another company, Alexa built in' });
    expect(report.devices.map((d) => d.name)).not.toContain('Überall');
    expect(report.devices.map((d) => d.name)).not.toContain('Stereopaar Wohnzimmer');
    expect(report.devices.map((d) => d.name)).not.toContain('Alexa auf diesem PC');
    expect(report.devices).toHaveLength(4);
  });
});

describe('Alexa: refusals and HTTP 299', () => {
  it('a rate-limited answer is an error that says why, in Amazon’s words and plainly', async () => {
    const { code, json, stderr } = await cli(['scan', '--format', 'json', alexaFixturePath('2026/graphql-rate-limited.json')]);
    expect(code).toBe(2);
    const source = json().sources[0];
    expect(source?.status).toBe('error');
    expect(source?.diagnostics.find((d) => d.code === 'amazon-rate-limited')?.message).toBe(
      'Amazon limited requests from unofficial clients; try again later (Amazon: UNOFFICIAL_CLIENT_TOO_MANY_REQUESTS, isRetryable: false).',
    );
    expect(stderr).toContain('graphql-rate-limited.json');
  });

  it('HTTP 299 from api/phoenix is not an error; a 299 answer of a known endpoint is read', async () => {
    const har = {
      log: {
        version: '1.2',
        creator: { name: 'test', version: '1' },
        entries: [
          {
            startedDateTime: NOW,
            request: { method: 'GET', url: 'https://alexa.amazon.de/api/phoenix' },
            response: { status: 299, content: { mimeType: 'application/json', text: '{"networkDetail":"{}"}' } },
          },
          {
            startedDateTime: NOW,
            request: { method: 'GET', url: 'https://alexa.amazon.de/api/devices-v2/device?cached=true' },
            response: { status: 299, content: { mimeType: 'application/json', text: alexaFixtureText('2026/devices-v2-2026.json') } },
          },
        ],
      },
    };
    const file = join(tmp, 'phoenix-299.har');
    writeFileSync(file, JSON.stringify(har));
    const { code, json, stderr } = await cli(['scan', '--format', 'json', file]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(json().sources.map((s) => [s.id, s.status])).toEqual([['alexa.devices', 'read']]);
  });
});

describe('no unknown shape is a silent read', () => {
  it('a live-state-only answer is partial with its diagnostic', async () => {
    const { json } = await cli(['scan', '--format', 'json', alexaFixturePath('2026/graphql-sensor-state.json')]);
    const source = json().sources[0];
    expect(source?.status).toBe('partial');
    expect(source?.diagnostics.map((d) => d.code)).toContain('interfaces-unknown');
  });
});
