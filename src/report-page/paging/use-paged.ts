import { useEffect, useState } from 'preact/hooks';

/** Rows rendered at a time: a 10,000-device account must not become half a million DOM nodes at once. */
export const PAGE_SIZE = 100;

/**
 * How many rows of a long list are shown, and a function that shows one page more. Printing shows every row:
 * a printed report is a record, not its first page.
 */
export function usePaged(): [number, () => void] {
  const [shown, setShown] = useState(PAGE_SIZE);
  useEffect(() => {
    const all = () => setShown(Number.MAX_SAFE_INTEGER);
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, []);
  return [shown, () => setShown((n) => n + PAGE_SIZE)];
}
