let collator: Intl.Collator | undefined;

/**
 * The English collator that orders findings and unknown settings, made on first use: creating one costs a few
 * milliseconds, which loading the report modules (every CLI start) should not pay when nothing is sorted.
 */
export function englishCollator(): Intl.Collator {
  return (collator ??= new Intl.Collator('en'));
}
