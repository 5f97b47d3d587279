import { JsonReader, isObject } from '../json-reader.ts';

const MAX_MESSAGE = 160;

/**
 * The `errors` of a GraphQL answer, one diagnostic each (capped by the reader), with the path it names and
 * Amazon's error code or a shortened message. A GraphQL server answers errors beside whatever `data` it could
 * still build, so the caller reads that data as well. Returns how many errors there were.
 */
export function readGraphqlErrors(body: unknown, reader: JsonReader): number {
  const errors = isObject(body) && Array.isArray(body['errors']) ? body['errors'] : [];
  if (errors.length === 0) return 0;
  reader.note(
    'warning',
    'graphql-errors',
    'errors',
    `The response carries ${errors.length} GraphQL error(s); what Amazon did return is read, the rest may be missing.`,
  );
  errors.forEach((error, i) => {
    if (!isObject(error)) return;
    const path = Array.isArray(error['path']) ? error['path'].filter((p) => typeof p === 'string' || typeof p === 'number').join('.') : '';
    const extensions = isObject(error['extensions']) ? error['extensions'] : {};
    // Amazon's nexus GraphQL names the reason in `extensions.errorCode` (home-assistant/core #154214, 2025-10).
    const code = [extensions['errorCode'], extensions['code'], extensions['errorType'], error['errorType']].find(
      (c): c is string => typeof c === 'string' && c.length <= 80,
    );
    const retryable = typeof extensions['isRetryable'] === 'boolean' ? extensions['isRetryable'] : null;
    const message = typeof error['message'] === 'string' ? clean(error['message']) : '';
    const at = path ? `data.${path}` : `errors[${i}]`;
    reader.note(
      'warning',
      'graphql-error',
      at,
      `GraphQL error${code ? ` ${clean(code)}` : ''}${message ? `: ${message}` : ''}${retryable === null ? '' : ` (isRetryable: ${retryable})`}.`,
    );
    const refusal = code ? refusalOf(code) : null;
    if (refusal)
      reader.note('warning', refusal, at, `${REFUSAL_TEXT[refusal]} (Amazon: ${clean(code ?? '')}${retryable === null ? '' : `, isRetryable: ${retryable}`}).`);
  });
  return errors.length;
}

/**
 * Amazon's refusals said plainly. The codes are Amazon's (`UNOFFICIAL_CLIENT_TOO_MANY_REQUESTS`: home-assistant/core
 * #154214, alexa_media_player #3032; `FORBIDDEN` "Unauthenticated call": peternicholls/Home-Temperature-Monitoring
 * `graphql_response.json`). The report shows these codes in the reader's language (`diagnostic_<code>` messages).
 */
export type AmazonRefusal = 'amazon-rate-limited' | 'amazon-refused';

export const REFUSAL_TEXT: Readonly<Record<AmazonRefusal, string>> = {
  'amazon-rate-limited': 'Amazon limited requests from unofficial clients; try again later',
  'amazon-refused': 'Amazon refused this session',
};

function refusalOf(code: string): AmazonRefusal | null {
  if (/TOO_MANY_REQUESTS|THROTTL|RATE_LIMIT/i.test(code)) return 'amazon-rate-limited';
  if (/^(FORBIDDEN|UNAUTHENTICATED|UNAUTHORIZED)$/i.test(code)) return 'amazon-refused';
  return null;
}

/** Page-derived text in a diagnostic: no control characters, bounded length. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  return plain.length > MAX_MESSAGE ? `${plain.slice(0, MAX_MESSAGE)}…` : plain;
}
