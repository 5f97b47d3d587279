// @vitest-environment node
/**
 * Meta-test for issue 17: every setting a privacy-minded household would check is either read (a check
 * with fixtures, held to the catalog meta-test) or a manual check with the same completeness.
 */
import { CHECKS } from '../../../src/findings/lookups.ts';
import { CATALOG, findingMessageKey } from '../../../src/knowledge/catalog.ts';
import { MANUAL_CHECKS } from '../../../src/knowledge/manual-checks/index.ts';
import { RECIPIENT_IDS } from '../../../src/knowledge/recipients.ts';
import { MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import { RISKS } from '../../../src/model/finding.ts';

const COVERED = [
  'ring.privacy-zones-missing',
  'ring.recording-24x7',
  'ring.two-step-off',
  'ring.modes-shared-users',
  'ring.event-history',
  'ring.virtual-security-guard',
  'ring.intercom-auto-access',
  'ring.installer-user',
  'ring.fire-watch',
  'alexa.drop-in',
  'alexa.visual-id',
  'alexa.voice-id',
  'alexa.follow-up-mode',
  'alexa.voice-purchasing',
  'alexa.hunches',
  'amazon.sidewalk-community-finding',
  'alexa.detected-sounds-history',
  'amazon.interest-based-ads',
  // Issue 27: what Amazon and Ring changed in 2025–26.
  'ring.appstore-apps',
  'ring.alexa-greetings',
  'ring.ai-event-alerts',
  'alexa.alexa-plus',
  'alexa.voice-cloud-only',
];
const OFFICIAL_HOST = /^(?:(?:[a-z0-9-]+\.)*ring\.com|(?:www\.)?amazon\.(?:com|de|co\.uk|fr|it|es|ca|com\.au))$/;
const readIds = new Set(CHECKS.map((c) => c.id));
const message = (locale: 'en' | 'de', key: string) => MESSAGES[locale][key]?.message.trim() ?? '';

it('covers every setting of the list as a read check or a manual check, never both, and says which', () => {
  const table = COVERED.map((id) => `${id}: ${readIds.has(id) ? 'read' : MANUAL_CHECKS[id] ? 'manual' : 'MISSING'}`);
  console.info(`issue 17 coverage\n${table.join('\n')}`);
  for (const id of COVERED) {
    const read = readIds.has(id) && Boolean(CATALOG[id]);
    const manual = Boolean(MANUAL_CHECKS[id]);
    expect(read !== manual, `${id} must be exactly one of read / manual`).toBe(true);
  }
});

it('keeps manual-check ids apart from finding ids', () => {
  for (const id of Object.keys(MANUAL_CHECKS)) expect(CATALOG[id], id).toBeUndefined();
});

describe.each(Object.values(MANUAL_CHECKS).map((e) => [e.id, e] as const))('manual check %s', (id, entry) => {
  it('is complete: risk, recipients, minutes, place, regions, review date', () => {
    expect(entry.id).toMatch(/^(ring|alexa|amazon)\.[a-z0-9-]+$/);
    expect(RISKS).toContain(entry.risk);
    expect(entry.recipients.length).toBeGreaterThan(0);
    for (const r of entry.recipients) expect(RECIPIENT_IDS).toContain(r);
    expect(entry.minutes).toBeGreaterThan(0);
    for (const region of entry.regions ?? []) expect(region).toMatch(/^[A-Z]{2}$/);
    expect(entry.reviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Date.parse(`${entry.reviewedOn}T00:00:00Z`)).toBeLessThanOrEqual(Date.now());
  });

  it('links an official https page in both languages, and says why when it is not the exact steps', () => {
    for (const raw of [entry.helpUrl.en, entry.helpUrl.de]) {
      const url = new URL(raw);
      expect(url.protocol).toBe('https:');
      expect(url.hostname).toMatch(OFFICIAL_HOST);
    }
    if (!entry.helpUrlVerified) expect(entry.helpUrlNote ?? '').not.toBe('');
  });

  it('has title, explanation and every step in en and de, and no extra step', () => {
    const parts = ['title', 'explanation', ...Array.from({ length: entry.steps }, (_, i) => `step${i + 1}`)];
    for (const part of parts) {
      const key = findingMessageKey(id, part);
      expect(message('en', key), `en ${key}`).not.toBe('');
      expect(message('de', key), `de ${key}`).not.toBe('');
      expect(message('de', key), `de ${key} is translated`).not.toBe(message('en', key));
    }
    const extra = findingMessageKey(id, `step${entry.steps + 1}`);
    expect(MESSAGES.en[extra]).toBeUndefined();
    expect(MESSAGES.de[extra]).toBeUndefined();
  });

  it('says in its explanation that Alexposé cannot read it, or names the one reason it is a check', () => {
    // A manual check must never read as something Alexposé saw.
    expect(message('en', findingMessageKey(id, 'explanation'))).toMatch(/cannot read|not stated/);
    expect(message('de', findingMessageKey(id, 'explanation'))).toMatch(/nicht lesen|nicht erkennen|steht .* nicht/);
  });
});
