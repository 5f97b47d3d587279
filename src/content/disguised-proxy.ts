/**
 * The observer's one generic wrapper: a Proxy of a page function whose `toString` still answers as the original's, so
 * name, length, non-constructibility and source text stay native (after uBlock Origin's `proxy-apply.js`).
 */
import { CAPTURE_MESSAGE_TAG } from './capture-message.ts';
import { apply, originalToString } from './page-natives.ts';

type PageFunction = (...args: never[]) => unknown;
export type Wrap = <F extends PageFunction>(original: F, apply: (original: F, thisArg: unknown, args: unknown[]) => unknown) => F;

/**
 * Installed once per document, marked without anything on `window`: the toString Proxy answers this registry symbol
 * (a native toString throws on it), so a second copy of the observer sees the first.
 */
const INSTALLED = Symbol.for(CAPTURE_MESSAGE_TAG);

export function alreadyInstalled(): boolean {
  try {
    return Reflect.apply(Function.prototype.toString, INSTALLED, []) === CAPTURE_MESSAGE_TAG;
  } catch {
    return false;
  }
}

const disguised = new Map<unknown, unknown>();

/** A Proxy of `original` whose calls go to `handler`; `toString` answers for it as for the original. */
export const wrap: Wrap = (original, handler) => {
  const proxy = new Proxy(original, { apply: handler });
  disguised.set(proxy, original);
  return proxy;
};

/** The Proxy of `Function.prototype.toString` that disguises them all. */
export const toStringProxy = wrap(originalToString, (target, thisArg, args) =>
  thisArg === INSTALLED ? CAPTURE_MESSAGE_TAG : apply(target, disguised.has(thisArg) ? disguised.get(thisArg) : thisArg, args),
);
