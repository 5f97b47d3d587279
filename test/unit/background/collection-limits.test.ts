// @vitest-environment node
import { handleCaptureBatch } from '../../../src/background/handle-capture-batch.ts';
import { handleImport } from '../../../src/background/handle-import.ts';
import { splitByAccount } from '../../../src/store/split-import.ts';
import { ScanStore } from '../../../src/store/scan-store.ts';
import { createBackgroundSender } from '../../../src/content/send-to-background.ts';
import type { Capture } from '../../../src/model/capture.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { createMemoryArea, FAKE_EXTENSION_ID } from '../fake-browser.ts';
import { alexaHarResults, devicesCapture, fixtureJson, harResults } from '../fixtures.ts';

const SESSION = '0b5e8c1a-3f2d-4c7e-9a61-5d2f8e4b7c90';
const snapshot = (pageUrl: string, captures: Capture[], extra: Record<string, unknown> = {}) => ({
  type: 'alexpose/snapshot',
  version: 1,
  pageSession: SESSION,
  pageUrl,
  captures,
  ...extra,
});

describe('page state belongs to its own service (issue 20.5)', () => {
  it('an Amazon page carrying __NEXT_DATA__ with Ring devices stores nothing as Ring', async () => {
    const store = new ScanStore(createMemoryArea());
    const page = 'https://www.amazon.de/alexa-privacy/apd/myad';
    const nextData = {
      url: page,
      via: 'page-state' as const,
      body: { props: { userDevices: fixtureJson('ring-devices.json') } },
      capturedAt: '2026-11-21T10:00:00.000Z',
    };
    await handleCaptureBatch(snapshot(page, [nextData]), { id: FAKE_EXTENSION_ID, tab: {}, url: page }, FAKE_EXTENSION_ID, store);
    const { state } = await store.load();
    expect(state.scans.flatMap((s) => s.results).filter((r) => r.source.service === 'ring')).toEqual([]);
    expect(state.scans.flatMap((s) => s.results.flatMap((r) => r.records.ringDevices ?? []))).toEqual([]);
  });
});

describe('a response too large to pass on (issue 19.1)', () => {
  it('becomes an error of the device-list source with its size, never silence', async () => {
    const store = new ScanStore(createMemoryArea());
    const page = 'https://account.ring.com/account/dashboard';
    const omitted = [{ url: 'https://account.ring.com/api/cgw/clients_api/ring_devices', reason: 'too-large', size: 17_400_000 }];
    const outcome = await handleCaptureBatch(snapshot(page, [], { omitted }), { id: FAKE_EXTENSION_ID, tab: {}, url: page }, FAKE_EXTENSION_ID, store);
    expect(outcome?.stored).toBe(true);
    const [result] = (await store.load()).state.scans[0]?.results ?? [];
    expect(result?.source).toMatchObject({
      id: 'ring.devices',
      status: 'error',
      diagnostics: [expect.objectContaining({ code: 'response-too-large', message: expect.stringContaining('(17 MB)') })],
    });
  });
});

describe('imports go through the background and are split by service and account (issues 19.5, 20.2)', () => {
  it('splits a HAR with Ring and Alexa entries, and two Ring accounts, into their own scans', () => {
    // Another account's device list, with devices of its own: the settings of the first account's cameras stay with it.
    const other = JSON.parse(JSON.stringify(fixtureJson('ring-devices.json')).replaceAll('4100001', '4200001').replaceAll('7001000', '7009000')) as unknown;
    const results = [...harResults(), readCapture(devicesCapture(other)), ...alexaHarResults()];
    const groups = splitByAccount(results);
    expect(groups.map((g) => [g.service, g.origin, g.results.length])).toEqual([
      ['ring', 'https://account.ring.com', harResults().length],
      ['ring', 'https://account.ring.com', 1],
      ['alexa', 'https://alexa.amazon.de', alexaHarResults().length],
    ]);
    expect(groups[1]?.results[0]?.records.ringDevices?.find((d) => d.owned)?.owner?.id).toBe('4200001');
    expect(groups[2]?.results.every((r) => r.source.service !== 'ring')).toBe(true);
  });

  it('refuses senders other than the extension pages, and stores each account of an import apart', async () => {
    const store = new ScanStore(createMemoryArea());
    let n = 0;
    const deps = { extensionId: FAKE_EXTENSION_ID, extensionOrigin: 'chrome-extension://fake/', store, newScanId: () => `import-${n++}` };
    const message = { type: 'alexpose/import', files: [{ results: [...harResults(), ...alexaHarResults()] }] };
    expect(await handleImport(message, { id: FAKE_EXTENSION_ID, tab: {}, url: 'https://account.ring.com/' }, deps)).toBeNull();
    expect(await handleImport(message, { id: FAKE_EXTENSION_ID, url: 'chrome-extension://fake/src/report-page/index.html' }, deps)).toEqual({
      stored: 2,
      notStored: 0,
    });
    const { state } = await store.load();
    expect(state.scans.map((s) => s.accountKey)).toEqual(['ring:4100001', 'amazon:amazon.de']);
  });
});

describe('sending to the background (issue 20.3)', () => {
  const quick = { backoff: [1, 2, 4], wait: () => Promise.resolve() };

  it('retries while the worker is stopped and the extension context is valid; nothing is dropped, order kept', async () => {
    const received: unknown[] = [];
    let failures = 3;
    const runtime = {
      id: 'ext',
      sendMessage: async (m: unknown) => {
        if (failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        received.push(m);
        return { accepted: true };
      },
    };
    const onInvalidated = vi.fn();
    const sender = createBackgroundSender(runtime, { onInvalidated, ...quick });
    for (let i = 0; i < 5; i++) sender.send(i);
    await sender.drained();
    expect(received).toEqual([0, 1, 2, 3, 4]);
    expect(onInvalidated).not.toHaveBeenCalled();
    expect(sender.pending()).toBe(0);
  });

  it('sends again when the background answers that its write failed, not when it refused or the store is full', async () => {
    const answers: unknown[] = [
      { accepted: true, stored: false, retry: true },
      { accepted: true, stored: true, retry: false },
      { accepted: false, stored: false, retry: false },
    ];
    const sent: unknown[] = [];
    const runtime = { id: 'ext', sendMessage: async (m: unknown) => (sent.push(m), answers.shift()) };
    const sender = createBackgroundSender(runtime, { onInvalidated: vi.fn(), ...quick });
    sender.send('a');
    sender.send('b');
    await sender.drained();
    expect(sent).toEqual(['a', 'a', 'b']);
  });

  it('sends again when the answer is empty (Chrome resolves with undefined when the worker stopped before answering)', async () => {
    const answers: unknown[] = [undefined, null, 'ok', { accepted: true, stored: true }];
    const sent: unknown[] = [];
    const runtime = { id: 'ext', sendMessage: async (m: unknown) => (sent.push(m), answers.shift()) };
    const sender = createBackgroundSender(runtime, { onInvalidated: vi.fn(), ...quick });
    sender.send('a');
    await sender.drained();
    expect(sent).toEqual(['a', 'a', 'a', 'a']);
    expect(sender.pending()).toBe(0);
  });

  it('shuts down only when the context is truly invalidated', async () => {
    const runtime: { id?: string; sendMessage(m: unknown): Promise<unknown> } = {
      id: 'ext',
      sendMessage: async () => Promise.reject(new Error('Extension context invalidated.')),
    };
    const onInvalidated = vi.fn();
    const sender = createBackgroundSender(runtime, { onInvalidated, backoff: [1], wait: async () => void (runtime.id = undefined) });
    sender.send('a');
    await sender.drained();
    expect(onInvalidated).toHaveBeenCalledTimes(1);
    sender.send('b');
    expect(sender.pending()).toBe(1);
  });
});
