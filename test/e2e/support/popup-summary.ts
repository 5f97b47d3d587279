// Runs in the popup page (Chromium or Firefox): self-contained, no imports.

/** Injected into the popup: its one read of everything (the full path) waits until `__releaseFullPath()`. */
export function holdFullPath() {
  const w = window as unknown as { __releaseFullPath(): void };
  // Firefox's pages use its own `browser` namespace (the polyfill passes it through); Chromium's, `chrome`.
  const area = ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.local;
  const get = area.get.bind(area) as (keys: unknown) => Promise<Record<string, unknown>>;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  w.__releaseFullPath = release;
  // Promise style (MV3, Firefox) and callback style (webextension-polyfill's wrapper of `chrome`) alike.
  (area as unknown as { get(keys: unknown, callback?: (items: Record<string, unknown>) => void): unknown }).get = (keys, callback) => {
    const answer = keys === null ? released.then(() => get(null)) : get(keys);
    if (!callback) return answer;
    void answer.then(callback);
    return undefined;
  };
}

/** The first screen's elements as HTML: store notes, empty state, overview (the rest loads later, below the fold). */
export function firstScreenHtml(): string[] {
  return [
    ...document.querySelectorAll(
      '.popup__body > [data-testid="store-notes"], .popup__body > [data-testid="empty-state"], .popup__body > [data-testid="overview"]',
    ),
  ].map((el) => new XMLSerializer().serializeToString(el));
}
