import type { Diagnostic } from '../model/diagnostics.ts';
import { REFUSAL_TEXT, type AmazonRefusal } from '../sources/alexa/graphql-errors.ts';

/**
 * Amazon's refusals in the report's language: the reader writes them in English with Amazon's own code and
 * `isRetryable` in brackets; the report keeps the brackets and says the rest in the user's words.
 */
export function localizeDiagnostic(d: Diagnostic, t: (key: string, subs?: readonly string[]) => string): Diagnostic {
  if (!(d.code in REFUSAL_TEXT)) return d;
  const english = REFUSAL_TEXT[d.code as AmazonRefusal];
  const said = t(`diagnostic_${d.code.replace(/-/g, '_')}`);
  if (!said || !d.message.startsWith(english)) return d;
  return { ...d, message: `${said}${d.message.slice(english.length)}` };
}
