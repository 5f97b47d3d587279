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
    const code = [extensions['code'], extensions['errorType'], error['errorType']].find((c): c is string => typeof c === 'string' && c.length <= 80);
    const message = typeof error['message'] === 'string' ? clean(error['message']) : '';
    reader.note(
      'warning',
      'graphql-error',
      path ? `data.${path}` : `errors[${i}]`,
      `GraphQL error${code ? ` ${clean(code)}` : ''}${message ? `: ${message}` : ''}.`,
    );
  });
  return errors.length;
}

/** Page-derived text in a diagnostic: no control characters, bounded length. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  return plain.length > MAX_MESSAGE ? `${plain.slice(0, MAX_MESSAGE)}…` : plain;
}
