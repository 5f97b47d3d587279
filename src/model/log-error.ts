/**
 * The one way a runtime failure is reported: `console.error('[alexpose]', where, 'Name: message')`, once per
 * distinct failure. Only the error's name and message are logged, with anything that may be a credential or
 * page data redacted (tokens, quoted snippets, URLs past their origin, e-mail addresses, `key=value` secrets):
 * the console is not a place for the page's cookies, CSRF tokens or payloads. A stale extension context (the
 * extension was updated or reloaded, or the other end has closed) is expected and stays quiet.
 */
const STALE_CONTEXT = /Extension context invalidated|Receiving end does not exist|Could not establish connection/i;
const MAX_MESSAGE_CHARS = 300;
/** Redacted before shortening, so that no token is cut into a piece too short to be recognised. */
const MAX_READ_CHARS = 4000;
/** Enough to tell failures apart; a runaway loop must not grow the set without end. */
const MAX_REMEMBERED = 200;

const REDACTIONS: readonly [RegExp, string][] = [
  // A URL keeps its origin only: paths and queries carry ids and sometimes tokens.
  [/\b(https?:\/\/[^\s/"'`?#]+)[^\s"'`]+/gi, '$1/[…]'],
  // Quoted text in engine messages is usually input (JSON.parse quotes the start of the body).
  [/"[^"]*("|$)/g, '"[redacted]$1'],
  [/`[^`]*(`|$)/g, '`[redacted]$1'],
  [/\b(csrf|xsrf|token|cookie|session|auth\w*|password|secret|key)(\s*[=:]\s*)[^\s,;]+/gi, '$1$2[redacted]'],
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  // Long runs of letters and digits (with - _ + / = .) that hold both a digit and a letter: token-like.
  [/(?=[A-Za-z0-9+/=_.-]*\d)(?=[A-Za-z0-9+/=_.-]*[A-Za-z])[A-Za-z0-9+/=_.-]{16,}/g, '[redacted]'],
];

const logged = new Set<string>();

export function logError(where: string, error: unknown): void {
  // What may be said of a thrown value: an error's name and message; of anything else, only its kind.
  const thrown = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; message?: unknown; stack?: unknown };
  const isError = typeof thrown.message === 'string';
  const name = isError ? (typeof thrown.name === 'string' ? thrown.name : 'Error') : 'NonError';
  const message = isError ? String(thrown.message) : `a thrown ${error === null ? 'null' : typeof error}`;
  if (STALE_CONTEXT.test(message)) return;
  const key = `${where}\n${isError && typeof thrown.stack === 'string' ? thrown.stack : `${name}: ${message}`}`;
  if (logged.has(key)) return;
  if (logged.size >= MAX_REMEMBERED) logged.clear();
  logged.add(key);
  console.error('[alexpose]', where, `${name}: ${redact(message)}`);
}

export function redact(message: string): string {
  let text = message.slice(0, MAX_READ_CHARS);
  for (const [pattern, replacement] of REDACTIONS) text = text.replace(pattern, replacement);
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text;
}
