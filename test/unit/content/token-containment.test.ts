/**
 * The page's csrf-token goes to the page's own origin on Scan now's requests and nowhere else: not into a
 * message to the background, not into storage, a report, an export, nor a log line. The Ring content script
 * runs for real; the MAIN-world observer is played by the test at the other end of the private port.
 */
import { HELLO_EVENT, PORT_EVENT, type ObserverMessage, type TokenRequest } from '../../../src/content/capture-message.ts';
import { handleCaptureBatch } from '../../../src/background/handle-capture-batch.ts';
import { ScanStore } from '../../../src/store/scan-store.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { formatMarkdown } from '../../../src/report/format-markdown.ts';
import { formatText } from '../../../src/report/format-text.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { createMemoryArea, FAKE_EXTENSION_ID } from '../fake-browser.ts';
import { fixtureJson, NOW } from '../fixtures.ts';

const TOKEN = 'tok-7f3a9c1e-page-secret';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

it('the page token is used for Scan now and reaches no message, storage, report, export or log', async () => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://account.ring.com/account/dashboard');
  const sent: unknown[] = [];
  const listeners: ((message: unknown) => unknown)[] = [];
  (globalThis as unknown as { chrome: unknown }).chrome = {
    runtime: {
      id: FAKE_EXTENSION_ID,
      // As the background answers: snapshots with {accepted}, progress messages with nothing.
      sendMessage: async (message: unknown) => (
        sent.push(structuredClone(message)),
        (message as { type?: unknown }).type === 'alexpose/snapshot' ? { accepted: true } : undefined
      ),
      onMessage: { addListener: (l: (message: unknown) => unknown) => listeners.push(l), removeListener: () => undefined },
    },
  };
  const logged: unknown[] = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args));

  // The observer's half: hand over the port on hello, answer the token request with what the page sent.
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent) => {
    const request = event.data as TokenRequest;
    if (request.kind === 'token?') channel.port1.postMessage({ kind: 'token', id: request.id, token: TOKEN } satisfies ObserverMessage);
  };
  window.addEventListener(HELLO_EVENT, () => window.dispatchEvent(new MessageEvent(PORT_EVENT, { ports: [channel.port2] })), {
    once: true,
  });

  const requests: { url: string; headers: Record<string, string> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input));
      requests.push({ url: url.href, headers: { ...(init?.headers as Record<string, string>) } });
      if (url.pathname.endsWith('/clients_api/ring_devices')) return json(fixtureJson('ring-devices.json'));
      if (url.pathname.endsWith('/clients_api/profile')) return json(fixtureJson('session.json'));
      const settings = /\/devices\/v1\/devices\/(\d+)\/settings$/.exec(url.pathname);
      if (settings) return json(fixtureJson(`settings-${settings[1]}.json`));
      return json({ error: 'not found' }, 404);
    }),
  );

  await import('../../../src/content/ring-content.iife.ts');
  expect(listeners).toHaveLength(1);
  expect(await listeners[0]?.({ type: 'alexpose/scan-now' })).toEqual({ started: true });
  await vi.waitFor(() => expect(sent.some((m) => (m as { state?: string }).state === 'finished')).toBe(true), { timeout: 5000 });

  // Used: every request of the scan carried it, to the page's own origin.
  expect(requests.length).toBeGreaterThan(5);
  expect(requests.every((r) => r.headers['csrf-token'] === TOKEN && new URL(r.url).origin === 'https://account.ring.com')).toBe(true);

  // Contained: the messages, what the background stores from them, the report and its exports.
  const snapshots = sent.filter((m) => (m as { type?: string }).type === 'alexpose/snapshot');
  expect(snapshots.length).toBeGreaterThan(0);
  expect(JSON.stringify(sent)).not.toContain(TOKEN);
  const area = createMemoryArea();
  const store = new ScanStore(area, () => NOW);
  const sender = { id: FAKE_EXTENSION_ID, url: 'https://account.ring.com/account/dashboard', tab: { id: 1 } };
  for (const message of snapshots) expect(await handleCaptureBatch(message, sender, FAKE_EXTENSION_ID, store)).not.toBeNull();
  expect(JSON.stringify([...area.data.entries()])).not.toContain(TOKEN);
  const { state } = await store.load();
  const t = bundledTranslator('en');
  const report = buildReport(
    state.scans.flatMap((s) => s.results),
    { t, locale: 'en', toolVersion: '0.0.0', now: NOW },
  );
  expect(report.findings.length).toBeGreaterThan(0);
  for (const out of [JSON.stringify(report), formatMarkdown(report, t), formatText(report, t)]) expect(out).not.toContain(TOKEN);
  expect(JSON.stringify(logged)).not.toContain(TOKEN);
  channel.port1.close();
});
