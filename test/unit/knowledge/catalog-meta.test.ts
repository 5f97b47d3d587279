// @vitest-environment node
/**
 * Meta-test: every check must come with its knowledge (catalog entry, en + de text, official links,
 * a review date). That fixtures trigger and do not trigger each check: findings/registry-meta.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS } from '../../../src/findings/lookups.ts';
import { CATALOG, findingMessageKey, type LocalizedUrl } from '../../../src/knowledge/catalog.ts';
import { RECIPIENT_IDS, recipientMessageKey } from '../../../src/knowledge/recipients.ts';
import { MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import { RISKS } from '../../../src/model/finding.ts';
import { SOURCE_IDS } from '../../../src/sources/read-capture.ts';
import { REPO_ROOT } from '../fixtures.ts';

const { en, de } = MESSAGES;
const OFFICIAL_HOST = /^(?:(?:[a-z0-9-]+\.)*ring\.com|(?:www\.)?amazon\.(?:com|de|co\.uk|fr|it|es|ca|com\.au))$/;

function expectOfficial(url: LocalizedUrl): void {
  for (const raw of [url.en, url.de]) {
    const parsed = new URL(raw);
    expect(parsed.protocol, raw).toBe('https:');
    expect(parsed.hostname, raw).toMatch(OFFICIAL_HOST);
  }
}

function message(locale: 'en' | 'de', key: string): string {
  return MESSAGES[locale][key]?.message.trim() ?? '';
}

describe.each(CHECKS.map((c) => c.id))('check %s', (id) => {
  const entry = CATALOG[id];

  it('has a complete catalog entry', () => {
    expect(entry).toBeDefined();
    if (!entry) return;
    expect(entry.id).toBe(id);
    expect(['ring', 'alexa', 'amazon']).toContain(entry.service);
    expect(RISKS).toContain(entry.risk);
    expect(entry.recipients.length).toBeGreaterThan(0);
    for (const r of entry.recipients) expect(RECIPIENT_IDS).toContain(r);
    expect(entry.steps).toBeGreaterThanOrEqual(1);
  });

  it('links to official https pages in both languages', () => {
    if (!entry) throw new Error('no entry');
    expectOfficial(entry.helpUrl);
    if (entry.settingsUrl) expectOfficial(entry.settingsUrl);
  });

  it('was reviewed on a real date, not in the future', () => {
    const reviewed = entry?.reviewedOn ?? '';
    expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const time = Date.parse(`${reviewed}T00:00:00Z`);
    expect(new Date(time).toISOString().slice(0, 10)).toBe(reviewed);
    expect(time).toBeLessThanOrEqual(Date.now());
  });

  it('has title, explanation and every step in en and de, and no extra step', () => {
    const parts = ['title', 'explanation', ...Array.from({ length: entry?.steps ?? 0 }, (_, i) => `step${i + 1}`)];
    for (const part of parts) {
      const key = findingMessageKey(id, part);
      expect(message('en', key), `en ${key}`).not.toBe('');
      expect(message('de', key), `de ${key}`).not.toBe('');
    }
    expect(en[findingMessageKey(id, `step${(entry?.steps ?? 0) + 1}`)]).toBeUndefined();
    for (const part of ['title', 'explanation']) {
      const key = findingMessageKey(id, part);
      expect(message('de', key), `${key} is translated`).not.toBe(message('en', key));
    }
  });

  it('names every recipient in both languages', () => {
    for (const r of entry?.recipients ?? []) {
      expect(message('en', recipientMessageKey(r))).not.toBe('');
      expect(message('de', recipientMessageKey(r))).not.toBe('');
    }
  });
});

describe('message files', () => {
  it('have the same keys in en and de', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('give every key a description and a non-empty message', () => {
    for (const [locale, file] of Object.entries(MESSAGES)) {
      for (const [key, entry] of Object.entries(file)) {
        expect(entry.description?.trim(), `${locale} ${key} description`).toBeTruthy();
        expect(entry.message.trim(), `${locale} ${key} message`).not.toBe('');
      }
    }
  });

  it('name every recipient id', () => {
    for (const r of RECIPIENT_IDS) expect(en[recipientMessageKey(r)], r).toBeDefined();
  });

  it('contain every key src uses as a t() literal', () => {
    const srcDir = join(REPO_ROOT, 'src');
    const files = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
    const used = new Set<string>();
    for (const file of files) {
      for (const m of readFileSync(join(srcDir, file), 'utf8').matchAll(/\bt\(\s*(['"])([A-Za-z0-9_@]+)\1/g)) used.add(m[2] as string);
    }
    expect(used.size).toBeGreaterThan(10); // the regex still finds the calls
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('contain the keys src builds from risks, statuses, categories and sources', () => {
    const keys = [
      ...RISKS.map((r) => `risk_${r}`),
      ...['read', 'partial', 'unrecognized', 'error'].map((s) => `status_${s}`),
      ...['doorbell', 'camera', 'chime', 'base-station', 'bridge', 'intercom', 'other'].map((c) => `category_${c.replace(/-/g, '_')}`),
      ...[...SOURCE_IDS, 'unknown'].map((s) => `source_${s.replace(/[^a-z0-9]/gi, '_')}`),
    ];
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });
});
