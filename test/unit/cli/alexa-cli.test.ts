// @vitest-environment node
/** `alexpose scan` over the Alexa deep-scan HAR, in-process. */
import { run } from '../../../src/cli/main.ts';
import { MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import type { Report } from '../../../src/model/report.ts';
import { APPLIANCE, ECHO_DOT, ECHO_SHOW, NOW, SKILL, alexaFixturePath, subjectsOf } from '../fixtures.ts';

const HAR = alexaFixturePath('alexa-deep-scan.har');

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), now: () => NOW, env: {} });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) as Report };
}

const en = (key: string) => MESSAGES.en[key]?.message ?? key;
const de = (key: string) => MESSAGES.de[key]?.message ?? key;

describe('alexpose scan alexa-deep-scan.har', () => {
  let report: Report;
  beforeAll(async () => {
    const { code, stderr, json } = await cli(['scan', '--format', 'json', HAR]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    report = json();
  });

  it('reads the four Alexa API responses and ignores the unrelated requests', () => {
    expect(report.sources.map((s) => [s.id, s.status, s.origin])).toEqual([
      ['alexa.devices', 'read', 'https://alexa.amazon.de'],
      ['alexa.smart-home', 'read', 'https://alexa.amazon.de'],
      ['alexa.device-setting', 'read', 'https://alexa.amazon.de'],
      ['alexa.household', 'read', 'https://alexa.amazon.de'],
    ]);
    expect(JSON.stringify(report)).not.toMatch(/fls-eu|media-amazon|7730165|@example\.invalid/);
  });

  it('lists the Echos once and the skill devices via their skill, named after the maker since Your Skills is not in the HAR', () => {
    const via = Object.fromEntries(report.devices.map((d) => [d.id, d.via]));
    expect(Object.keys(via).sort()).toEqual(
      [ECHO_SHOW.serial, ECHO_DOT.serial, APPLIANCE.thermostat, APPLIANCE.lock, APPLIANCE.light, APPLIANCE.camera, APPLIANCE.sensor].sort(),
    );
    expect(via[APPLIANCE.thermostat]).toEqual({ kind: 'skill', id: SKILL.ecobee, name: 'ecobee' });
    expect(via[APPLIANCE.lock]).toEqual({ kind: 'skill', id: SKILL.nuki, name: 'Nuki Home Solutions GmbH' });
    expect(via[APPLIANCE.camera]).toEqual({ kind: 'skill', id: SKILL.vigilo, name: 'Vigilo Cam' });
    expect(via[APPLIANCE.sensor]).toEqual({ kind: 'skill', id: SKILL.zukunftshaus, name: 'Zukunftshaus GmbH' });
    expect(via[ECHO_SHOW.serial]).toEqual({ kind: 'amazon-device', id: ECHO_SHOW.serial, name: 'Amazon' });
  });

  it('finds state reporting for exactly thermostat, lock and sensor, and remote view for the Echo Show', () => {
    expect(subjectsOf(report.findings, 'alexa.state-reporting')).toEqual([APPLIANCE.thermostat, APPLIANCE.lock, APPLIANCE.sensor].sort());
    expect(subjectsOf(report.findings, 'alexa.camera-remote-view')).toEqual([ECHO_SHOW.serial]);
    expect(report.findings.find((f) => f.id === 'alexa.camera-remote-view')).toMatchObject({
      risk: 'high',
      subject: { type: 'device', name: 'Echo Show Küche' },
    });
    expect(subjectsOf(report.findings, 'alexa.household-profiles')).toEqual(['amazon-account']);
    expect(subjectsOf(report.findings, 'alexa.presence-detection')).toEqual([ECHO_DOT.serial, ECHO_SHOW.serial].sort());
  });

  it('writes a report that conforms to the contract', () => {
    expect(reportIssues(report)).toEqual([]);
  });

  it('prints German titles with --lang de', async () => {
    const { code, stdout } = await cli(['scan', '--lang', 'de', HAR]);
    expect(code).toBe(0);
    for (const key of ['finding_alexa_camera_remote_view_title', 'finding_alexa_household_profiles_title', 'cli_sources_heading']) {
      expect(stdout, key).toContain(de(key));
      expect(de(key), key).not.toBe(en(key));
    }
    expect(stdout).toContain(
      de('finding_alexa_state_reporting_title').replace(
        '$1',
        new Intl.ListFormat('de', { type: 'conjunction' }).format([de('iface_Alexa_LockController'), de('iface_Alexa_EndpointHealth_battery')]),
      ),
    );
    expect(stdout).not.toContain(en('finding_alexa_camera_remote_view_title'));
  });
});
