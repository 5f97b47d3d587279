/**
 * The dated register of vendor changes (issue 28 item 4): every entry has a date, a source and its text in
 * English and German, and a docs row; the report shows an entry only where it touches the account's own devices
 * in a country it applies to, never when the country was not read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KNOWLEDGE_DATE, VENDOR_CHANGES } from '../../../src/knowledge/vendor-changes.ts';
import { reportVendorChanges, vendorChangeMessageKey } from '../../../src/report/vendor-changes.ts';
import { MESSAGES, bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import type { ReportDevice } from '../../../src/model/report.ts';
import { REPO_ROOT } from '../fixtures.ts';

const docs = readFileSync(resolve(REPO_ROOT, 'docs/knowledge-sources-vendor-changes.md'), 'utf8');

describe.each(VENDOR_CHANGES.map((c) => [c.id, c] as const))('register entry %s', (id, change) => {
  it('has a date no later than the knowledge date, and a source with publisher and publication date', () => {
    expect(change.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    expect(change.date <= KNOWLEDGE_DATE).toBe(true);
    expect(new URL(change.source.url).protocol).toBe('https:');
    expect(change.source.publisher.trim()).not.toBe('');
    expect(change.source.published).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });

  it('is said in English and in German, differently', () => {
    const key = vendorChangeMessageKey(id);
    const en = MESSAGES.en[key]?.message;
    const de = MESSAGES.de[key]?.message;
    expect(en?.length).toBeGreaterThan(40);
    expect(de?.length).toBeGreaterThan(40);
    expect(de).not.toBe(en);
  });

  it('has its row in docs/knowledge-sources-vendor-changes.md with the same source', () => {
    const row = docs.split('\n').find((line) => line.includes(`\`${id}\``));
    expect(row).toBeDefined();
    expect(row).toContain(change.source.url);
  });
});

describe('the register in a report', () => {
  const t = bundledTranslator('en');
  const device = (id: string, service: ReportDevice['service'], category: ReportDevice['category'], owned: boolean | null = true): ReportDevice => ({
    id,
    service,
    name: id,
    category,
    maker: 'Amazon',
    via: { kind: 'ring-account', id: 'acc', name: 'acc' },
    owned,
  });
  const household = [
    device('echo-1', 'alexa', 'smart-speaker'),
    device('echo-2', 'alexa', 'smart-display'),
    device('door', 'ring', 'doorbell'),
    device('garden', 'ring', 'camera'),
    device('neighbour', 'ring', 'doorbell', false),
    device('chime', 'ring', 'chime'),
  ];

  it('a US household: the changes that touch its own devices, newest first, counted without the shared doorbell', () => {
    const changes = reportVendorChanges(household, { ring: 'US', amazon: 'US' }, t);
    expect(changes.map((c) => c.id)).toEqual([
      'flock-cancelled',
      'alexa-plus-automatic',
      'familiar-faces-launch',
      'search-party-default-on',
      'community-requests-axon',
      'voice-recordings-cloud-only',
      'sidewalk-default-on',
    ]);
    expect(changes.find((c) => c.id === 'voice-recordings-cloud-only')?.touches).toEqual({ echo: 2, cameras: 0 });
    expect(changes.find((c) => c.id === 'search-party-default-on')?.touches).toEqual({ echo: 0, cameras: 2 });
    expect(changes.find((c) => c.id === 'sidewalk-default-on')?.touches).toEqual({ echo: 2, cameras: 2 });
    expect(changes[0]?.text).toBe(t(vendorChangeMessageKey('flock-cancelled')));
  });

  it('a German household gets none of the US-only changes, and an account whose country was not read gets none either', () => {
    expect(reportVendorChanges(household, { ring: 'DE', amazon: 'DE' }, t)).toEqual([]);
    expect(reportVendorChanges(household, { ring: null, amazon: null }, t)).toEqual([]);
  });

  it('a US account without Echo devices is not told about Echo changes', () => {
    const ids = reportVendorChanges(
      household.filter((d) => d.service === 'ring'),
      { ring: 'US', amazon: 'US' },
      t,
    ).map((c) => c.id);
    expect(ids).not.toContain('voice-recordings-cloud-only');
    expect(ids).not.toContain('alexa-plus-automatic');
    expect(ids).toContain('search-party-default-on');
  });
});
