/**
 * An orphaned content script (the extension was updated or removed) stops everything it started: its extension
 * listener, the observer's port, the batch timer and the page listeners. The collector runs for real; the MAIN-world
 * observer is played by the test at the other end of the private port.
 */
import { HELLO_EVENT, PORT_EVENT, type ObserverMessage } from '../../../src/content/capture-message.ts';
import { startCollector, type RuntimeLike } from '../../../src/content/page-collector.ts';
import { RING_ENDPOINTS, ringEndpointOf } from '../../../src/sources/ring/endpoints.ts';
import { FAKE_EXTENSION_ID } from '../fake-browser.ts';

it('stops listening, closes the port and sends nothing once the extension context is gone', async () => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://account.ring.com/account/dashboard');
  const sent: unknown[] = [];
  const listeners = new Set<unknown>();
  const runtime: RuntimeLike = {
    id: FAKE_EXTENSION_ID,
    sendMessage: async (message) => (sent.push(message), { accepted: true }),
    onMessage: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
  };
  (globalThis as unknown as { chrome: unknown }).chrome = { runtime };
  const channel = new MessageChannel();
  let hello: unknown = null;
  window.addEventListener(
    HELLO_EVENT,
    (event) => {
      hello = (event as CustomEvent).detail;
      window.dispatchEvent(new MessageEvent(PORT_EVENT, { ports: [channel.port2] }));
    },
    { once: true },
  );
  const capture = (path: string) =>
    channel.port1.postMessage({ kind: 'capture', url: `https://account.ring.com${path}`, text: '{"doorbots":[]}' } satisfies ObserverMessage);

  startCollector({ isKnownEndpoint: (url) => ringEndpointOf(url.pathname) !== null, observedPaths: Object.values(RING_ENDPOINTS), readsOutline: () => false });
  expect(listeners.size).toBe(1);
  // The hello names what the observer should copy: the device list's path matches it, a page's own other call not.
  expect(new RegExp(String(hello)).test('/api/cgw/clients_api/ring_devices')).toBe(true);
  expect(new RegExp(String(hello)).test('/api/cgw/other/thing')).toBe(false);

  capture('/api/cgw/clients_api/ring_devices');
  await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 3000 });

  // The extension is updated: the next flush finds no runtime id and stops the script.
  delete runtime.id;
  capture('/api/cgw/clients_api/profile');
  await vi.waitFor(() => expect(listeners.size).toBe(0), { timeout: 3000 });
  capture('/api/cgw/clients_api/profile');
  window.dispatchEvent(new Event('pagehide'));
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(sent).toHaveLength(1);
  channel.port1.close();
});
