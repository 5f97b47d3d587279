// @vitest-environment node
/**
 * Issue 25 (minor): captures fetched just before "Erase everything" must not be stored after it. A content script
 * sends its batch up to 300 ms after the capture, and the store may have a write queued: whatever was captured before
 * the erase and arrives after it is dropped; what is captured after it is stored.
 */
import { ScanStore } from '../../../src/store/scan-store.ts';
import { ERASED_AT_KEY } from '../../../src/store/erased.ts';
import { stampCaptureTime } from '../../../src/model/capture-order.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { createMemoryArea } from '../fake-browser.ts';
import { devicesCapture } from '../fixtures.ts';

const ERASED = '2026-11-21T10:00:00.000Z';
const result = (capturedAt: string) => stampCaptureTime(readCapture({ ...devicesCapture(), capturedAt }), capturedAt);
const chunkKeys = async (area: ReturnType<typeof createMemoryArea>) => Object.keys(await area.get(null)).filter((k) => k.startsWith('alexpose.scan.'));

describe('captures in flight when the user erases everything', () => {
  it('a capture taken before the erase and arriving after it is not stored', async () => {
    const area = createMemoryArea();
    await area.set({ [ERASED_AT_KEY]: ERASED });
    const outcome = await new ScanStore(area).addResults({
      scanId: 'late',
      service: 'ring',
      origin: 'https://account.ring.com',
      results: [result('2026-11-21T09:59:59.700Z')],
    });
    expect(outcome.stored).toBe(false);
    expect(await chunkKeys(area)).toEqual([]);
  });

  it('a write queued before the erase is dropped when the erase lands first; a capture after it is stored', async () => {
    const area = createMemoryArea();
    const store = new ScanStore(area);
    const before = store.addResults({ scanId: 'a', service: 'ring', origin: 'https://account.ring.com', results: [result('2026-11-21T09:59:59.000Z')] });
    const after = store.addResults({ scanId: 'b', service: 'ring', origin: 'https://account.ring.com', results: [result('2026-11-21T10:00:01.000Z')] });
    // The erase lands while both wait in the queue (the report page clears storage, then notes the time).
    await area.set({ [ERASED_AT_KEY]: ERASED });
    expect((await before).stored).toBe(false);
    expect((await after).stored).toBe(true);
    expect(await chunkKeys(area)).toHaveLength(1);
  });
});
