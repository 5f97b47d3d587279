// @vitest-environment node
/**
 * Storage goes through `src/store` only, and every key is declared once, in `src/store/storage-keys.ts`: the UI and
 * the background never call the browser's storage API or spell a key themselves (issue 32). Derived from the files
 * of src/ and from `STORAGE_ITEMS`, never from a copied list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../fixtures.ts';
import { createMemoryArea } from '../fake-browser.ts';
import { MODULE_KEYS, STORAGE_ITEMS, STORE_KEY, STORE_PREFIXES, fixProgressItem, manualAnswersItem, personItem, seenItem } from '../../../src/store/browser-items.ts';

const SRC = join(REPO_ROOT, 'src');
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => ({ path: relative(REPO_ROOT, join(SRC, f)).replace(/\\/g, '/'), text: readFileSync(join(SRC, f), 'utf8') }));

/** Names under `alexpose:` that are not storage keys. */
const NOT_STORAGE_KEYS = new Set(['alexpose:scan-now' /* the popup's DOM event for Scan now (popup/components/use-ring-tab.ts) */]);

it('calls the browser storage API in one file of src/store only', () => {
  const callers = sources.filter((f) => /\b(?:browser|chrome)\s*\.\s*storage\b/.test(f.text)).map((f) => f.path);
  expect(sources.length).toBeGreaterThan(100);
  expect(callers).toEqual(['src/store/browser-storage.ts']);
});

it('spells storage keys only in storage-keys.ts', () => {
  const spelled = sources.flatMap((f) =>
    [...f.text.matchAll(/['"`](alexpose[.:][A-Za-z][\w.:-]*)/g)].map((m) => ({ path: f.path, key: m[1] as string })).filter((k) => !NOT_STORAGE_KEYS.has(k.key)),
  );
  expect(spelled.filter((k) => k.path === 'src/store/storage-keys.ts').length).toBeGreaterThanOrEqual(STORAGE_ITEMS.length);
  expect(spelled.filter((k) => k.path !== 'src/store/storage-keys.ts')).toEqual([]);
});

it('declares each key once, in one scheme (dots; the colon of alexpose:fix-progress is historical and kept)', () => {
  const keys = [...STORAGE_ITEMS.map((i) => i.key), ...MODULE_KEYS, STORE_KEY, ...STORE_PREFIXES];
  expect(new Set(keys).size).toBe(keys.length);
  for (const key of keys) {
    if (key === fixProgressItem.key) continue;
    expect(key).toMatch(/^alexpose\.[a-zA-Z]+(\.)?$/);
  }
  // Users' data lives under these: a rename needs a migration.
  expect(fixProgressItem.key).toBe('alexpose:fix-progress');
  // No item key starts with a prefix of the scan store (clearing the store would take it).
  for (const item of STORAGE_ITEMS) for (const prefix of STORE_PREFIXES) expect(item.key.startsWith(prefix)).toBe(false);
});

describe('a storage item', () => {
  it('reads what it wrote, and its fallback for nothing, a removed value or a malformed one', async () => {
    const area = createMemoryArea();
    expect(await personItem.get(area)).toBeNull();
    await personItem.set({ name: 'Erika Mustermann', address: 'Musterweg 1', email: 'erika@example.invalid' }, area);
    expect(await personItem.get(area)).toEqual({ name: 'Erika Mustermann', address: 'Musterweg 1', email: 'erika@example.invalid' });
    await personItem.remove(area);
    expect(await personItem.get(area)).toBeNull();
    await area.set({ [personItem.key]: { name: 'Erika', address: 7 } });
    expect(await personItem.get(area)).toBeNull();
    await area.set({ [fixProgressItem.key]: { 'ring:1': { baseline: { grade: 'C' }, done: 'all' } } });
    expect(await fixProgressItem.get(area)).toEqual({});
  });

  it('skips malformed entries of the lenient records instead of dropping the whole value', () => {
    expect(seenItem.parse({ 'ring:1': 'scan-1', 'ring:2': 42 })).toEqual({ 'ring:1': 'scan-1' });
    expect(seenItem.parse(['scan-1'])).toEqual({});
    const done = { answer: 'done', answeredAt: '2026-12-01T10:00:00.000Z' };
    expect(manualAnswersItem.parse({ 'ring:1': { a: done, b: { answer: 'maybe', answeredAt: 'x' } }, 'ring:2': { c: { answer: 'done', answeredAt: 'not a date' } } })).toEqual({
      'ring:1': { a: done },
    });
  });

  it('tells its own changes, validated, until aborted', async () => {
    const { fakeBrowser } = await import('../fake-browser.ts');
    const seen: unknown[] = [];
    const stop = new AbortController();
    seenItem.onChanged((value) => seen.push(value), stop.signal);
    await fakeBrowser.storage.local.set({ [seenItem.key]: { 'ring:1': 'scan-1', bad: 1 }, other: 1 });
    await fakeBrowser.storage.local.set({ other: 2 });
    await fakeBrowser.storage.session.set({ [seenItem.key]: { 'ring:1': 'session' } });
    await fakeBrowser.storage.local.remove(seenItem.key);
    stop.abort();
    await fakeBrowser.storage.local.set({ [seenItem.key]: { 'ring:1': 'scan-2' } });
    expect(seen).toEqual([{ 'ring:1': 'scan-1' }, {}]);
    expect(fakeBrowser.storage.onChanged.listeners.size).toBe(0);
  });
});
