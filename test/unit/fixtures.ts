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

/* ---------- Alexa / Amazon (test/fixtures/alexa, see its README for the expected results) ---------- */

export const ALEXA_FIXTURE_DIR = resolve(REPO_ROOT, 'test/fixtures/alexa') + '/';
export const ALEXA_API = 'https://alexa.amazon.de';
export const AMAZON_DE = 'https://www.amazon.de';

export function alexaFixturePath(name: string): string {
  return `${ALEXA_FIXTURE_DIR}${name}`;
}

export function alexaFixtureText(name: string): string {
  return readFileSync(alexaFixturePath(name), 'utf8');
}

export function alexaFixtureJson(name: string): unknown {
  return JSON.parse(alexaFixtureText(name)) as unknown;
}

/** The outline of a saved Amazon page (needs a DOM environment). */
export function alexaFixtureOutline(name: string): PageOutline {
  return extractOutline(new DOMParser().parseFromString(alexaFixtureText(name), 'text/html'));
}

/** A response an Alexa or Amazon page loaded (or the deep scan fetched). */
export function alexaCapture(url: string | null, body: unknown, via: Capture['via'] = 'page-fetch'): Capture {
  return { url, via, body, capturedAt: NOW };
}

/** Source results of the Alexa deep-scan HAR, read the way the CLI reads it. */
export function alexaHarResults(): SourceResult[] {
  return readInput('alexa-deep-scan.har', alexaFixtureText('alexa-deep-scan.har'), NOW);
}

/** Skill ids of the fixture account (README: smart-home endpoints and Your Skills). */
export const SKILL = {
  ecobee: 'amzn1.ask.skill.3f1c9a52-7e4b-4d2a-9c61-0a8e5b7d2f10',
  nuki: 'amzn1.ask.skill.8b2d4e61-1c3a-4f5e-a7b9-6d0c2e4f8a21',
  vigilo: 'amzn1.ask.skill.c47e0b93-5a2d-4b18-8e6f-2f9a1d3c5b42',
  zukunftshaus: 'amzn1.ask.skill.e5a9f0c4-2b7d-4c3e-9f18-7a6b5c4d3e2f',
  wetterPro: 'amzn1.ask.skill.1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  einkaufsliste: 'amzn1.ask.skill.6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0',
} as const;

/** Appliance ids of the six smart-home endpoints in graphql-endpoints.json (README rows a–f). */
export const APPLIANCE = {
  thermostat: 'SKILL_eyJza2lsbElkIjoiYW16bjEuYXNrLnNraWxsLjNmMWM5YTUyLTdlNGItNGQyYS05YzYxLTBhOGU1YjdkMmYxMCIsInN0YWdlIjoibGl2ZSJ9_421896305517',
  lock: 'SKILL_eyJza2lsbElkIjoiYW16bjEuYXNrLnNraWxsLjhiMmQ0ZTYxLTFjM2EtNGY1ZS1hN2I5LTZkMGMyZTRmOGEyMSIsInN0YWdlIjoibGl2ZSJ9_nuki-23A9F1C7',
  echoShow: 'AlexaBridge_G8M2LV0513140FAB@A15996VY63BQ2D_A15996VY63BQ2D@G8M2LV0513140FAB',
  light: 'AAA_SonarCloudService_00:17:88:01:08:5c:2e:9a-0b',
  camera: 'SKILL_eyJza2lsbElkIjoiYW16bjEuYXNrLnNraWxsLmM0N2UwYjkzLTVhMmQtNGIxOC04ZTZmLTJmOWExZDNjNWI0MiIsInN0YWdlIjoibGl2ZSJ9_VGL-4F7A-22C9',
  sensor: 'SKILL_eyJza2lsbElkIjoiYW16bjEuYXNrLnNraWxsLmU1YTlmMGM0LTJiN2QtNGMzZS05ZjE4LTdhNmI1YzRkM2UyZiIsInN0YWdlIjoibGl2ZSJ9_zh-0007-sensor',
} as const;

/** Serials and device account ids of the two Echos (README: devices). */
export const ECHO_SHOW = { serial: 'G8M2LV0513140FAB', deviceAccountId: 'A1EXAMPLE0SHOWACCT' } as const;
export const ECHO_DOT = { serial: 'G091LF0293520C1D', deviceAccountId: 'A1EXAMPLE0DOTACCT0' } as const;

/**
 * The same results as an account registered in another country would read them: the Ring profile's and the
 * locations' `country` replaced. The Ring fixtures are a German account; US-only features fire only for `US`.
 */
export function asRingCountry(results: readonly SourceResult[], country: string): SourceResult[] {
  return results.map((r) => ({
    ...r,
    records: {
      ...r.records,
      ...(r.records.ringProfile ? { ringProfile: r.records.ringProfile.map((p) => ({ ...p, country })) } : {}),
      ...(r.records.ringLocations ? { ringLocations: r.records.ringLocations.map((l) => ({ ...l, country })) } : {}),
    },
  }));
}
