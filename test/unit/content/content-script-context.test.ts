/** The content scripts' one context: aborting it stops every timer and listener registered through it. */
import { ContentScriptContext } from '../../../src/content/content-script-context.ts';

afterEach(() => vi.useRealTimers());

it('clears its timers when aborted, and keeps the others running until then', () => {
  vi.useFakeTimers();
  const ctx = new ContentScriptContext();
  const ran: string[] = [];
  ctx.setTimeout(() => ran.push('early'), 10);
  ctx.setTimeout(() => ran.push('late'), 100);
  const cleared = ctx.setTimeout(() => ran.push('cleared'), 20);
  ctx.clearTimeout(cleared);
  vi.advanceTimersByTime(50);
  ctx.abort();
  vi.advanceTimersByTime(200);
  expect(ran).toEqual(['early']);
  expect(vi.getTimerCount()).toBe(0);
  expect(ctx.setTimeout(() => ran.push('after'), 1)).toBeUndefined();
  vi.advanceTimersByTime(10);
  expect(ran).toEqual(['early']);
});

it('removes its listeners when aborted, with the options they were added with', () => {
  const ctx = new ContentScriptContext();
  const target = new EventTarget();
  const heard: string[] = [];
  ctx.addEventListener(target, 'ping', () => heard.push('bubble'));
  ctx.addEventListener(target, 'ping', () => heard.push('capture'), true);
  target.dispatchEvent(new Event('ping'));
  ctx.abort();
  target.dispatchEvent(new Event('ping'));
  ctx.addEventListener(target, 'ping', () => heard.push('added after'));
  target.dispatchEvent(new Event('ping'));
  expect(heard.sort()).toEqual(['bubble', 'capture']);
});

it('runs each stop once, at once when it is already aborted', () => {
  const ctx = new ContentScriptContext();
  const stops: string[] = [];
  ctx.onInvalidated(() => stops.push('before'));
  expect(ctx.isValid).toBe(true);
  ctx.abort();
  ctx.abort();
  ctx.onInvalidated(() => stops.push('after'));
  expect(ctx.isValid).toBe(false);
  expect(stops).toEqual(['before', 'after']);
});
