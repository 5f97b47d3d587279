/**
 * A clone keeps downloading as long as one branch reads: when the page cancels the body of a response being copied
 * (its stream, or a reader of it), the copy is cancelled too, so the download stops as it would without the extension.
 */
import { wrap } from './disguised-proxy.ts';
import { apply, getReader, readerCancel, streamCancel } from './page-natives.ts';
import { copyStoppers } from './wrap-fetch.ts';

export function wrapStreamCancel() {
  const stopCopyOf = (target: unknown) => {
    const stop = typeof target === 'object' && target !== null ? copyStoppers.get(target) : undefined;
    if (stop) stop();
  };
  const cancelling = <F extends (...args: never[]) => Promise<void>>(original: F) =>
    wrap(original, (target, thisArg, args) => {
      const result: unknown = apply(target, thisArg, args);
      try {
        stopCopyOf(thisArg);
      } catch {
        // never into the page
      }
      return result;
    });
  return {
    getReader: wrap(getReader, (target, thisArg, args) => {
      const reader: unknown = apply(target, thisArg, args);
      try {
        const stop = copyStoppers.get(thisArg as ReadableStream);
        if (stop && typeof reader === 'object' && reader !== null) copyStoppers.set(reader, stop);
      } catch {
        // never into the page
      }
      return reader;
    }),
    streamCancel: cancelling(streamCancel),
    readerCancel: cancelling(readerCancel),
  };
}
