/**
 * One context per content script, after WXT's `ContentScriptContext`: one AbortController behind the script's
 * timers and listeners, so that stopping the script (the extension updated, reloaded or removed) clears all of them
 * at once instead of a hand-written list that misses some.
 */
export class ContentScriptContext {
  readonly #controller = new AbortController();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  get isValid(): boolean {
    return !this.#controller.signal.aborted;
  }

  /** Stops everything registered through this context, its timers first; later calls do nothing. */
  abort(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#controller.abort();
  }

  /** Runs `stop` when the context is aborted (at once if it already is). */
  onInvalidated(stop: () => void): void {
    if (this.isValid) this.#controller.signal.addEventListener('abort', stop, { once: true });
    else stop();
  }

  /** A timer that is cleared when the context is aborted. */
  setTimeout(run: () => void, ms: number): ReturnType<typeof setTimeout> | undefined {
    if (!this.isValid) return undefined;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      run();
    }, ms);
    this.#timers.add(timer);
    return timer;
  }

  clearTimeout(timer: ReturnType<typeof setTimeout> | undefined): void {
    if (timer === undefined) return;
    clearTimeout(timer);
    this.#timers.delete(timer);
  }

  /** A listener that is removed when the context is aborted. */
  addEventListener(target: EventTarget, type: string, listener: (event: Event) => void, options?: boolean | AddEventListenerOptions): void {
    if (!this.isValid) return;
    target.addEventListener(type, listener, options);
    this.onInvalidated(() => target.removeEventListener(type, listener, options));
  }
}
