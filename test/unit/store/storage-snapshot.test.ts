/** One full read of storage shared by the background's badge and popup-summary recomputation (storage-snapshot.ts). */
import { createMemoryArea } from '../fake-browser.ts';
import { sharingOneFullRead } from '../../../src/store/storage-snapshot.ts';

it('answers every read of everything with the one read made first; other reads and writes go to storage', async () => {
  const area = createMemoryArea();
  await area.set({ a: 1, b: 2 });
  const get = vi.spyOn(area, 'get');
  const shared = sharingOneFullRead(area);
  const first = await shared.get(null);
  await shared.set({ a: 3 });
  expect(await shared.get(null)).toBe(first);
  expect(first).toEqual({ a: 1, b: 2 });
  expect(await shared.get('a')).toEqual({ a: 3 });
  expect(get.mock.calls.filter(([keys]) => keys === null)).toHaveLength(1);
  // A new recomputation reads afresh.
  expect(await sharingOneFullRead(area).get(null)).toEqual({ a: 3, b: 2 });
});
