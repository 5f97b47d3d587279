// @vitest-environment node
/**
 * A page response's copy reaches the background as the text the page received (the content script no longer parses
 * it on the page's main thread): the background parses it at its trust boundary. The same account stored from texts
 * and from parsed bodies gives the same results; a text that is not JSON is dropped as the content script dropped it;
 * an over-long text is refused with its batch.
 */
import { handleCaptureBatch } from '../../../src/background/handle-capture-batch.ts';
import { ScanStore } from '../../../src/store/scan-store.ts';
import { MAX_CAPTURE_CHARS } from '../../../src/model/message-limits.ts';
import type { Capture } from '../../../src/model/capture.ts';
import type { SenderLike } from '../../../src/background/sender-policy.ts';
import { createMemoryArea, FAKE_EXTENSION_ID } from '../fake-browser.ts';
import { devicesCapture, settingsCapture } from '../fixtures.ts';

const PAGE = 'https://account.ring.com/account/dashboard';
const SESSION = '0b5e8c1a-3f2d-4c7e-9a61-5d2f8e4b7c90';
const SENDER: SenderLike = { id: FAKE_EXTENSION_ID, tab: {}, url: PAGE };

const snapshot = (captures: unknown[]) => ({ type: 'alexpose/snapshot', version: 1, pageSession: SESSION, pageUrl: PAGE, captures });
/** A capture as the content script now sends a copy: its text, no parsed body. */
const asText = (capture: Capture) => ({ url: capture.url, via: capture.via, body: null, text: JSON.stringify(capture.body), capturedAt: capture.capturedAt });

async function storedResults(captures: unknown[]) {
  const store = new ScanStore(createMemoryArea());
  const outcome = await handleCaptureBatch(snapshot(captures), SENDER, FAKE_EXTENSION_ID, store);
  const { state } = await store.load();
  return { outcome, results: state?.scans[0]?.results ?? [] };
}

it('stores the same results from the texts as from the parsed bodies', async () => {
  const parsed = await storedResults([devicesCapture(), settingsCapture('70010001')]);
  const texts = await storedResults([asText(devicesCapture()), asText(settingsCapture('70010001'))]);
  expect(texts.outcome).toEqual({ stored: true, scanIds: [SESSION] });
  expect(texts.results.map((r) => [r.source.id, r.source.status])).toEqual([
    ['ring.devices', 'read'],
    ['ring.device-settings', 'read'],
  ]);
  expect(texts.results).toEqual(parsed.results);
});

it('drops a text that is not JSON and keeps the rest of the batch', async () => {
  const broken = { ...asText(settingsCapture('70010001')), text: '{"not json' };
  const { results } = await storedResults([asText(devicesCapture()), broken]);
  expect(results.map((r) => r.source.id)).toEqual(['ring.devices']);
});

it('stores nothing when the only capture is not JSON', async () => {
  const { outcome, results } = await storedResults([{ ...asText(devicesCapture()), text: '<html>' }]);
  expect(outcome).toBeNull();
  expect(results).toEqual([]);
});

it('refuses a batch with a text over the capture limit', async () => {
  const huge = { ...asText(devicesCapture()), text: ' '.repeat(MAX_CAPTURE_CHARS + 1) };
  const { outcome } = await storedResults([huge]);
  expect(outcome).toBeNull();
});
