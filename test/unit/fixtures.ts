/** Reads the hand-written Ring fixtures and turns them into captures the sources understand. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Capture } from '../../src/model/capture.ts';
import type { SourceResult } from '../../src/model/records.ts';
import type { PageOutline } from '../../src/model/page-outline.ts';
import { readInput } from '../../src/cli/read-input.ts';
import { extractOutline } from '../../src/sources/page-outline/extract-outline.ts';

/** Repo root, from a path string: `new URL(rel, import.meta.url)` does not give a file URL under happy-dom. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURE_DIR = resolve(REPO_ROOT, 'test/fixtures/ring') + '/';
export const NOW = '2026-11-21T10:00:00.000Z';
export const RING_API = 'https://account.ring.com/api/cgw';

export const CONTROL_CENTER_URL = 'https://account.ring.com/account/control-center';

export function fixturePath(name: string): string {
  return `${FIXTURE_DIR}${name}`;
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureText(name)) as unknown;
}

/** The device list as the web app fetches it. */
export function devicesCapture(body: unknown = fixtureJson('ring-devices.json')): Capture {
  return { url: `${RING_API}/clients_api/ring_devices`, via: 'page-fetch', body, capturedAt: NOW };
}

export function settingsCapture(deviceId: string, body: unknown = fixtureJson(`settings-${deviceId}.json`)): Capture {
  return { url: `${RING_API}/devices/v1/devices/${deviceId}/settings`, via: 'page-fetch', body, capturedAt: NOW };
}

/** A saved HTML fixture parsed with the test environment's DOMParser (needs a DOM environment, e.g. happy-dom). */
export function fixtureDocument(name: string): Document {
  return new DOMParser().parseFromString(fixtureText(name), 'text/html');
}

/** The outline of a saved page, as the content script builds it from the live DOM. */
export function fixtureOutline(name: string): PageOutline {
  return extractOutline(fixtureDocument(name));
}

/** An outline of a Control Center page as the content script sends it. */
export function outlineCapture(body: unknown, url: string | null = CONTROL_CENTER_URL): Capture {
  return { url, via: 'page-outline', body, capturedAt: NOW };
}

/** Source results of the HAR fixture, read the way the CLI reads it. */
export function harResults(): SourceResult[] {
  return readInput('account.har', fixtureText('account.har'), NOW);
}

/** Source results of the saved dashboard page. */
export function dashboardResults(): SourceResult[] {
  return readInput('account-dashboard.html', fixtureText('account-dashboard.html'), NOW);
}

/** Sorted subject ids of the findings of one kind. */
export function subjectsOf(findings: readonly { id: string; subject: { id: string } }[], findingId: string): string[] {
  return findings
    .filter((f) => f.id === findingId)
    .map((f) => f.subject.id)
    .sort();
}
