/**
 * Scan now's token comes from the MAIN-world observer over the private port. A slow answer (the page's renderer
 * starved: a background tab, a busy machine) must still be taken; only a silent observer makes Scan now go on without.
 */
import { HELLO_EVENT, PORT_EVENT, type ObserverMessage, type TokenRequest } from '../../../src/content/capture-message.ts';
import { ContentScriptContext } from '../../../src/content/content-script-context.ts';
import { TOKEN_WAIT_MS, connectObserver } from '../../../src/content/observer-port.ts';

const TOKEN = 'tok-slow-answer';
const ignoreCopies = { capture: () => undefined, tooLarge: () => undefined };

/** Plays the observer: hands over its port on hello and answers token requests after `delayMs` (never when null). */
function observerAnswering(delayMs: number | null): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent) => {
    const request = event.data as TokenRequest;
    if (request.kind !== 'token?' || delayMs === null) return;
    setTimeout(() => channel.port1.postMessage({ kind: 'token', id: request.id, token: TOKEN } satisfies ObserverMessage), delayMs);
  };
  window.addEventListener(HELLO_EVENT, () => window.dispatchEvent(new MessageEvent(PORT_EVENT, { ports: [channel.port2] })), { once: true });
}

it('takes a token that the observer sends after a starved second', async () => {
  observerAnswering(1_000);
  const ctx = new ContentScriptContext();
  const port = connectObserver(ctx, [/\/api\/cgw\//], ignoreCopies);
  await expect(port.pageToken()).resolves.toBe(TOKEN);
  ctx.abort();
});

it('goes on without a token once a silent observer has had its wait', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    observerAnswering(null);
    const ctx = new ContentScriptContext();
    const port = connectObserver(ctx, [/\/api\/cgw\//], ignoreCopies);
    const answer = port.pageToken();
    let settled = false;
    void answer.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(TOKEN_WAIT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toBeNull();
    ctx.abort();
  } finally {
    vi.useRealTimers();
  }
});
