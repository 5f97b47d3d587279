import { useEffect, useState } from 'preact/hooks';
import { logError } from '../model/log-error.ts';

export type BelowFold = typeof import('./below-fold.ts');

let loading: Promise<BelowFold> | null = null;

/** The below-the-fold module, fetched once per popup. */
export function loadBelowFold(): Promise<BelowFold> {
  return (loading ??= import('./below-fold.ts'));
}

/** The below-the-fold components once loaded (asked for after the first paint: effects run after it). */
export function useBelowFold(): BelowFold | null {
  const [module, setModule] = useState<BelowFold | null>(null);
  useEffect(() => {
    loadBelowFold().then(setModule, (error: unknown) => logError('popup: load below the fold', error));
  }, []);
  return module;
}
