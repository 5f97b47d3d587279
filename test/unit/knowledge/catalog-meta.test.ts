// @vitest-environment node
/**
 * Meta-test of the message files as a whole: both languages hold the same keys, each described, and every key
 * src uses or builds. What each finding needs (its texts, catalog entry, links, review date, fixtures):
 * findings/registry-meta.test.ts; what each source needs (its name in en and de among others): sources/registry-meta.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECIPIENT_IDS, recipientMessageKey } from '../../../src/knowledge/recipients.ts';
import { MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import { RISKS } from '../../../src/model/finding.ts';
import { REPO_ROOT } from '../fixtures.ts';

const { en, de } = MESSAGES;
function message(locale: 'en' | 'de', key: string): string {
  return MESSAGES[locale][key]?.message.trim() ?? '';
}

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

  it('name every recipient id in both languages', () => {
    for (const r of RECIPIENT_IDS) {
      expect(message('en', recipientMessageKey(r)), `en ${r}`).not.toBe('');
      expect(message('de', recipientMessageKey(r)), `de ${r}`).not.toBe('');
    }
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

  it('contain the keys src builds from risks, statuses and categories (source names: sources/registry-meta.test.ts)', () => {
    const keys = [
      ...RISKS.map((r) => `risk_${r}`),
      ...['read', 'partial', 'unrecognized', 'error'].map((s) => `status_${s}`),
      ...['doorbell', 'camera', 'chime', 'base-station', 'bridge', 'intercom', 'other'].map((c) => `category_${c.replace(/-/g, '_')}`),
    ];
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });
});
