/**
 * In-memory stand-in for the parts of `webextension-polyfill` that src uses.
 * `setup.ts` mocks the module with `fakeBrowser`; tests import helpers from here.
 */
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import de from '../../public/_locales/de/messages.json' with { type: 'json' };
import type { StorageAreaLike } from '../../src/store/storage-area.ts';

type Messages = Record<string, { message: string; description?: string }>;
type ChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
type AnyListener = (...args: never[]) => unknown;
type MessageListener = (message: unknown, sender: unknown) => unknown;

/** A storage area that behaves like `storage.local`: async, values copied in and out. */
export function createMemoryArea(onChange?: ChangeListener): StorageAreaLike & { data: Map<string, unknown>; clear(): Promise<void> } {
  const data = new Map<string, unknown>();
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    data,
    async get(keys) {
      await tick();
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return out;
    },
    async set(items) {
      await tick();
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data.get(key), newValue: structuredClone(value) };
        data.set(key, structuredClone(value));
      }
      onChange?.(changes, 'local');
    },
    async remove(keys) {
      await tick();
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (!data.has(key)) continue;
        changes[key] = { oldValue: data.get(key) };
        data.delete(key);
      }
      if (Object.keys(changes).length > 0) onChange?.(changes, 'local');
    },
    /** `storage.local.clear()`: everything, quarantined keys included ("Erase everything"). */
    async clear() {
      await tick();
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const [key, value] of data) changes[key] = { oldValue: value };
      data.clear();
      if (Object.keys(changes).length > 0) onChange?.(changes, 'local');
    },
  };
}

function listenerSlot<L extends AnyListener>() {
  const listeners = new Set<L>();
  return {
    listeners,
    addListener: (l: L) => void listeners.add(l),
    removeListener: (l: L) => void listeners.delete(l),
    hasListener: (l: L) => listeners.has(l),
  };
}

export type FakeLocale = 'en' | 'de';
const LOCALES: Record<FakeLocale, Messages> = { en, de };
// Kept on globalThis: after `vi.resetModules` a test may hold another copy of this module than the mocked polyfill.
const LOCALE = Symbol.for('alexpose.test.fakeLocale');
const store = globalThis as { [LOCALE]?: FakeLocale };
const uiLocale = (): FakeLocale => store[LOCALE] ?? 'en';

/**
 * Makes `i18n.getMessage` serve `_locales/<locale>` (English as the browser's fallback) and `i18n.getUILanguage`
 * return `locale`. English unless a test says otherwise; `resetFakeBrowser` switches back to English.
 * `src/ui/extension-i18n.ts` reads the UI language once when it is loaded: load the UI fresh after this
 * (`loadUi` in `test/unit/ui-kit.ts`) for dates, links and report locale to follow.
 */
export function setFakeLocale(locale: FakeLocale): void {
  store[LOCALE] = locale;
}

/** `browser.i18n.getMessage` over the current locale's `_locales` file: `$1`..`$9` substituted, '' for unknown keys. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = LOCALES[uiLocale()][key] ?? LOCALES.en[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\d)|\$\$/g, (_m, n: string | undefined) => (n === undefined ? '$' : (subs[Number(n) - 1] ?? '')));
}

const storageChanged = listenerSlot<ChangeListener>();
const local = createMemoryArea((changes, area) => storageChanged.listeners.forEach((l) => l(changes, area)));
/** `storage.session`: kept apart from `local`, its changes reach the same listeners with area 'session'. */
const session = createMemoryArea((changes) => storageChanged.listeners.forEach((l) => l(changes, 'session')));

export const FAKE_EXTENSION_ID = 'alexpose-test@example.invalid';

export const fakeBrowser = {
  storage: { local, session, onChanged: storageChanged },
  runtime: {
    id: FAKE_EXTENSION_ID,
    getManifest: () => ({ manifest_version: 3, name: 'Alexposé', version: '0.1.0' }),
    getURL: (path: string) => `chrome-extension://${FAKE_EXTENSION_ID}/${path.replace(/^\//, '')}`,
    onMessage: listenerSlot<MessageListener>(),
    onStartup: listenerSlot<AnyListener>(),
    onInstalled: listenerSlot<AnyListener>(),
  },
  i18n: { getMessage, getUILanguage: (): string => uiLocale() },
  /** Optional host permissions (the Alexa deep scan): refused unless a test says otherwise. */
  permissions: {
    request: vi.fn(async (_permissions: { origins?: string[] }) => false),
    contains: vi.fn(async (_permissions: { origins?: string[] }) => false),
    remove: vi.fn(async (_permissions: { origins?: string[] }) => true),
  },
  action: {
    setBadgeText: vi.fn(async (_details: { text: string }) => undefined),
    setBadgeBackgroundColor: vi.fn(async (_details: { color: string }) => undefined),
  },
  /** No account tab is open unless a test says so; a message to a tab reaches no content script. */
  tabs: {
    query: vi.fn(async (_query: { url?: string }) => [] as { id?: number; url?: string; lastAccessed?: number }[]),
    sendMessage: vi.fn(async (_tabId: number, _message: unknown): Promise<unknown> => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }),
  },
};

export type FakeBrowser = typeof fakeBrowser;

/**
 * Empties storage, forgets listeners and calls, and switches back to English; `setup.ts` runs it before each test.
 * `browser` is the instance to reset (another copy of this module's, after `vi.resetModules`).
 */
export function resetFakeBrowser(browser: FakeBrowser = fakeBrowser): void {
  browser.storage.local.data.clear();
  browser.storage.session.data.clear();
  browser.storage.onChanged.listeners.clear();
  browser.runtime.onMessage.listeners.clear();
  browser.runtime.onStartup.listeners.clear();
  browser.runtime.onInstalled.listeners.clear();
  browser.action.setBadgeText.mockClear();
  browser.action.setBadgeBackgroundColor.mockClear();
  browser.tabs.query.mockClear();
  browser.tabs.sendMessage.mockClear();
  browser.permissions.request.mockClear();
  browser.permissions.contains.mockClear();
  browser.permissions.remove.mockClear();
  setFakeLocale('en');
}
