// @vitest-environment node
/**
 * Conformance against third-party captures kept beside the repo (../shared, python-ring-doorbell fixtures,
 * LGPL test data: read here, never copied into the repo). Skipped when that folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { runChecks } from '../../../src/checks/index.ts';
import { RING_DEVICE_GROUPS } from '../../../src/sources/ring/ring-devices.ts';
import type { Capture } from '../../../src/model/capture.ts';
import { NOW, REPO_ROOT, subjectsOf } from '../fixtures.ts';

const DIR = resolve(REPO_ROOT, '../shared/fixtures/ring/python-ring-doorbell');
const present = existsSync(DIR);
if (!present) console.log(`shared-fixtures: skipped, ${DIR} does not exist (clone the shared folder beside the repo to run it)`);

function load(name: string): unknown {
  return JSON.parse(readFileSync(resolve(DIR, name), 'utf8')) as unknown;
}

function capture(url: string, body: unknown): Capture {
  return { url, via: 'har', body, capturedAt: NOW };
}

describe.skipIf(!present)('python-ring-doorbell fixtures', () => {
  it('ring_devices.json: read without throwing, every non-empty group accounted for', () => {
    const body = load('ring_devices.json') as Record<string, unknown[]>;
    const result = readCapture(capture('https://api.ring.com/clients_api/ring_devices', body));
    expect(['read', 'partial']).toContain(result.source.status);
    const devices = result.records.ringDevices ?? [];
    const groups = RING_DEVICE_GROUPS.filter((g) => Array.isArray(body[g]) && body[g].length > 0);
    expect(groups.length).toBeGreaterThanOrEqual(4);
    for (const group of groups) {
      // stickup_cams[0] reuses doorbots[0]'s id 987652 in this synthetic file; the reader keeps the first and says so.
      const read = devices.some((d) => d.group === group);
      const duplicate = result.source.diagnostics.some((d) => d.code === 'duplicate-id' && d.at?.startsWith(`${group}[`));
      expect(read || duplicate, group).toBe(true);
    }
    expect(devices.find((d) => d.id === '185036587')?.category).toBe('intercom');
    expect(devices.find((d) => d.id === '99999999')?.maker).toBe('Amazon');
  });

  it('ring_devices.json: the authorized_doorbots entry is shared with you', () => {
    const result = readCapture(capture('https://api.ring.com/clients_api/ring_devices', load('ring_devices.json')));
    const findings = runChecks(result.records);
    expect(subjectsOf(findings, 'ring.shared-with-you')).toEqual(['987653']);
  });

  it('ring_intercom_settings.json: audio recording on, end-to-end encryption off', () => {
    const result = readCapture(capture('https://api.ring.com/devices/v1/devices/185036587/settings', load('ring_intercom_settings.json')));
    expect(result.source).toMatchObject({ id: 'ring.device-settings', status: 'read' });
    expect(result.records.ringDeviceSettings).toEqual([
      expect.objectContaining({ deviceId: '185036587', audioRecording: true, e2eeEnabled: false, encryptionMethod: 1, recordingTtlDays: null, localStorage: false }),
    ]);
  });
});
