/**
 * Runs in an account page (its own JavaScript world): what the page can see of the MAIN-world observer. The same
 * probe runs in a browser with and without the extension; the views must be equal. The page uses its own session's
 * csrf-token (`token`) as the site's script would.
 */
export interface PageView {
  natives: Record<string, string>;
  messages: number;
  parseErrors: number;
  errors: string[];
  listenerCalls: number;
  reusedLoads: number;
  jsonStatus: number;
  bigFirstChunk: boolean;
  /** The same for a streamed body without content-length. */
  streamedFirstChunk: boolean;
  /** Reasons (error names) of the unhandledrejection events three failed fetches the page leaves unhandled caused. */
  unhandled: string[];
  /** Name and message of each error of failed fetches and XHR calls, and every origin their stacks' frames name. */
  stackHeads: string[];
  stackOrigins: string[];
  /** Symbols and names on `window`, performance marks and measures: what a page can enumerate. */
  windowSymbols: string[];
  windowNames: string[];
  performanceMarks: string[];
}

export async function observerProbe(token: string): Promise<PageView> {
  const view: PageView = {
    natives: {},
    messages: 0,
    parseErrors: 0,
    errors: [],
    listenerCalls: 0,
    reusedLoads: 0,
    jsonStatus: 0,
    bigFirstChunk: false,
    streamedFirstChunk: false,
    unhandled: [],
    stackHeads: [],
    stackOrigins: [],
    windowSymbols: [],
    windowNames: [],
    performanceMarks: [],
  };
  // A page listener that trusts every message to be its own JSON string.
  window.addEventListener('message', (e: MessageEvent) => {
    view.messages++;
    try {
      JSON.parse(e.data as string);
    } catch {
      view.parseErrors++;
    }
  });
  window.addEventListener('error', (e) => void view.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => void view.errors.push(`rejection: ${String(e.reason)}`));
  const originalAdd = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
    view.listenerCalls++;
    return Reflect.apply(originalAdd, this, args);
  };

  const constructs = (f: unknown, ...args: unknown[]) => {
    try {
      new (f as new (...a: unknown[]) => unknown)(...args);
      return 'constructed';
    } catch (e) {
      return `${(e as Error).name}`;
    }
  };
  const open = XMLHttpRequest.prototype.open;
  const setRequestHeader = XMLHttpRequest.prototype.setRequestHeader;
  view.natives = {
    fetchToString: fetch.toString(),
    fetchCallToString: Function.prototype.toString.call(fetch),
    fetchName: fetch.name,
    fetchLength: String(fetch.length),
    fetchKeys: Object.getOwnPropertyNames(fetch).sort().join(','),
    fetchPrototype: String('prototype' in fetch),
    fetchNew: constructs(fetch, '/'),
    openToString: open.toString(),
    openName: open.name,
    openLength: String(open.length),
    openNew: constructs(open),
    setRequestHeaderToString: setRequestHeader.toString(),
    setRequestHeaderLength: String(setRequestHeader.length),
    toStringToString: Function.prototype.toString.toString(),
    toStringName: Function.prototype.toString.name,
    toStringOfToString: Function.prototype.toString.call(Function.prototype.toString),
    getReaderToString: ReadableStream.prototype.getReader.toString(),
    getReaderLength: String(ReadableStream.prototype.getReader.length),
    streamCancelToString: ReadableStream.prototype.cancel.toString(),
    readerCancelToString: ReadableStreamDefaultReader.prototype.cancel.toString(),
    readerCancelName: ReadableStreamDefaultReader.prototype.cancel.name,
    readerCancelNew: constructs(ReadableStreamDefaultReader.prototype.cancel),
  };

  const devices = '/api/cgw/clients_api/ring_devices';
  await fetch(devices, { headers: { 'csrf-token': token } }).then((r) => r.json());
  // One XHR object reused five times: the page counts its own load events.
  const reused = new XMLHttpRequest();
  reused.onload = () => void view.reusedLoads++;
  for (let i = 0; i < 5; i++) {
    await new Promise<void>((done) => {
      reused.open('GET', devices);
      reused.setRequestHeader('csrf-token', token);
      reused.addEventListener('loadend', () => done(), { once: true });
      reused.send();
    });
  }
  // The page's own load handler puts a cycle and a BigInt into its parsed response before anyone else reads it.
  view.jsonStatus = await new Promise<number>((done) => {
    const xhr = new XMLHttpRequest();
    xhr.responseType = 'json';
    xhr.addEventListener('load', () => {
      const body = xhr.response as Record<string, unknown>;
      body['self'] = body;
      body['big'] = BigInt(1);
    });
    xhr.open('GET', devices);
    xhr.setRequestHeader('csrf-token', token);
    xhr.addEventListener('loadend', () => setTimeout(() => done(xhr.status), 50));
    xhr.send();
  });
  // A known endpoint with a huge body: the page reads one chunk and cancels.
  const big = await fetch(`${devices}?big=1`, { headers: { 'csrf-token': token } });
  const reader = big.body?.getReader();
  view.bigFirstChunk = (await reader?.read())?.done === false;
  await reader?.cancel();
  // The same endpoint streamed without content-length: the observer cannot know its size before reading.
  const streamed = await fetch(`${devices}?big=2`, { headers: { 'csrf-token': token } });
  const streamedReader = streamed.body?.getReader();
  view.streamedFirstChunk = (await streamedReader?.read())?.done === false;
  await streamedReader?.cancel();
  await new Promise((r) => setTimeout(r, 1500));
  EventTarget.prototype.addEventListener = originalAdd;

  // Failed requests: three the page leaves unhandled (its unhandledrejection listeners must see all three), then the
  // same and two failing XHR calls caught, for their stacks (no frame may name the extension).
  const failures = [
    () => fetch(devices, { method: 'CONNECT' }),
    () => fetch('https://[invalid', { headers: { 'csrf-token': token } }),
    () => fetch(devices, { headers: { 'csrf-token': token }, signal: AbortSignal.abort() }),
  ];
  const onUnhandled = (e: PromiseRejectionEvent) => {
    e.preventDefault();
    view.unhandled.push((e.reason as Error | undefined)?.name ?? String(e.reason));
  };
  window.addEventListener('unhandledrejection', onUnhandled);
  const errorsBefore = view.errors.length;
  for (const fail of failures) void fail();
  await new Promise((r) => setTimeout(r, 500));
  window.removeEventListener('unhandledrejection', onUnhandled);
  view.errors.splice(errorsBefore);
  const caught: Error[] = [];
  for (const fail of failures) await fail().catch((e: Error) => void caught.push(e));
  for (const call of [() => new XMLHttpRequest().open('CONNECT', devices), () => new XMLHttpRequest().setRequestHeader('csrf-token', token)]) {
    try {
      call();
    } catch (e) {
      caught.push(e as Error);
    }
  }
  const stacks = caught.map((e) => String(e.stack));
  view.stackHeads = caught.map((e) => `${e.name}: ${e.message}`);
  view.stackOrigins = [...new Set(stacks.flatMap((stack) => stack.match(/[a-z][a-z0-9+.-]*:\/\/[^/\s)]*/gi) ?? []))].sort();
  view.windowSymbols = Object.getOwnPropertySymbols(window).map(String).sort();
  view.windowNames = Object.getOwnPropertyNames(window).sort();
  view.performanceMarks = performance
    .getEntries()
    .filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
    .map((e) => e.name)
    .sort();
  return view;
}

/**
 * Runs in an account page: the page makes one own call whose csrf-token travels in `form`, after an earlier call
 * with a wrong token, so only a token read from that form lets the next Scan now through.
 */
export async function sendTokenAs(args: { token: string; form: 'record' | 'array' | 'headers' | 'request' | 'xhr' }): Promise<number> {
  const url = '/api/cgw/clients_api/profile';
  await fetch(url, { headers: { 'csrf-token': 'not-the-token' } });
  const { token, form } = args;
  if (form === 'xhr') {
    return new Promise<number>((done) => {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', url);
      xhr.setRequestHeader('CSRF-Token', token);
      xhr.onloadend = () => done(xhr.status);
      xhr.send();
    });
  }
  const init: RequestInit =
    form === 'record'
      ? { headers: { 'Csrf-Token': token } }
      : form === 'array'
        ? { headers: [['csrf-token', token]] }
        : form === 'headers'
          ? { headers: new Headers({ 'csrf-token': token }) }
          : {};
  const response = form === 'request' ? await fetch(new Request(url, { headers: { 'csrf-token': token } })) : await fetch(url, init);
  return response.status;
}
