// @vitest-environment node
import { reportManualChecks } from '../../../src/report/manual/report-manual-checks.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { translatorFrom } from '../../../src/i18n/translate.ts';
import { MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { SourceResult } from '../../../src/model/records.ts';
import { ALEXA_API, AMAZON_DE, NOW, RING_API, alexaFixtureJson, devicesCapture, fixtureJson, harResults } from '../fixtures.ts';

const en = { t: translatorFrom(MESSAGES.en), locale: 'en' as const };
const de = { t: translatorFrom(MESSAGES.de), locale: 'de' as const };

function profile(country: string): SourceResult {
  const body = structuredClone(fixtureJson('session.json')) as { profile: Record<string, unknown> };
  body.profile['country'] = country;
  return readCapture({ url: `${RING_API}/clients_api/profile`, via: 'page-fetch', body, capturedAt: NOW });
}

function ids(results: SourceResult[], answers = {}) {
  return reportManualChecks(mergeRecords(results), results, answers, en).map((c) => c.id);
}

it('offers a German Ring account with cameras its checks, but not the US-only ones', () => {
  const list = ids([readCapture(devicesCapture()), profile('DE')]);
  expect(list).toEqual(expect.arrayContaining(['ring.privacy-zones-missing', 'ring.recording-24x7', 'ring.event-history', 'ring.installer-user']));
  expect(list).not.toContain('ring.virtual-security-guard');
  expect(list).not.toContain('ring.fire-watch');
  expect(list.some((id) => !id.startsWith('ring.'))).toBe(false);
});

it('offers the US-only Ring checks to a US account', () => {
  const list = ids([readCapture(devicesCapture()), profile('US')]);
  expect(list).toEqual(expect.arrayContaining(['ring.virtual-security-guard', 'ring.fire-watch']));
});

it('offers the Intercom check only when an owned intercom was seen', () => {
  const body = fixtureJson('ring-devices.json') as Record<string, unknown[]>;
  const withIntercom = ids([readCapture(devicesCapture(body)), profile('DE')]).includes('ring.intercom-auto-access');
  const hasIntercom = readCapture(devicesCapture(body)).records.ringDevices?.some((d) => d.category === 'intercom' && !d.sharedWithYou) ?? false;
  expect(withIntercom).toBe(hasIntercom);
  const noIntercom = { ...body, other: [] };
  expect(ids([readCapture(devicesCapture(noIntercom)), profile('DE')])).not.toContain('ring.intercom-auto-access');
});

it('follows the Amazon marketplace: amazon.de has no Sidewalk check, and Visual ID needs an Echo Show', () => {
  const devices = readCapture({ url: `${ALEXA_API}/api/devices-v2/device`, via: 'deep-scan', body: alexaFixtureJson('devices-v2.json'), capturedAt: NOW });
  const list = ids([devices]);
  expect(list).toEqual(expect.arrayContaining(['alexa.drop-in', 'alexa.follow-up-mode', 'alexa.voice-id', 'amazon.interest-based-ads']));
  expect(list).not.toContain('amazon.sidewalk-community-finding');
  expect(list).not.toContain('alexa.detected-sounds-history');
  const hasShow = devices.records.alexaDevices?.some((d) => d.family === 'KNIGHT' || d.capabilities.includes('LIVE_VIEW')) ?? false;
  expect(list.includes('alexa.visual-id')).toBe(hasShow);

  const us = structuredClone(devices);
  us.source.origin = 'https://alexa.amazon.com';
  expect(ids([us])).toEqual(expect.arrayContaining(['amazon.sidewalk-community-finding', 'alexa.detected-sounds-history']));
});

it('carries the user answer as the user own, dated statement, in the user language', () => {
  const results = [readCapture(devicesCapture()), profile('DE')];
  const answers = { 'ring.event-history': { answer: 'done' as const, answeredAt: '2026-12-01T08:00:00.000Z' } };
  const checks = reportManualChecks(mergeRecords(results), results, answers, de);
  const history = checks.find((c) => c.id === 'ring.event-history');
  expect(history).toMatchObject({
    state: 'done',
    answeredAt: '2026-12-01T08:00:00.000Z',
    statedBy: 'user',
    title: 'Ereignisverlauf prüfen',
    where: 'ring-app',
  });
  expect(history?.url).toContain('/hc/de/');
  expect(checks.filter((c) => c.state === 'unanswered').length).toBe(checks.length - 1);
});

it('puts manual checks in the report, valid against the contract, and an empty account gets none', () => {
  const report = buildReport(harResults(), { ...en, toolVersion: 'test', now: NOW });
  expect(report.manualChecks?.length).toBeGreaterThan(0);
  expect(reportIssues(report)).toEqual([]);
  expect(buildReport([], { ...en, toolVersion: 'test', now: NOW }).manualChecks).toEqual([]);
});

it('never offers an Amazon check for a Ring-only scan or a Ring check for Amazon pages', () => {
  const page = readCapture({
    url: `${AMAZON_DE}/alexa-privacy/apd/rvh/persons-in-household`,
    via: 'page-fetch',
    body: alexaFixtureJson('persons-in-household.json'),
    capturedAt: NOW,
  });
  expect(ids([page]).every((id) => !id.startsWith('ring.'))).toBe(true);
  expect(ids(harResults()).every((id) => id.startsWith('ring.'))).toBe(true);
});
