import type { OmittedCapture } from '../model/messages.ts';
import type { SourceResult } from '../model/records.ts';
import { readCapture } from '../sources/read-capture.ts';

/**
 * A response seen but not passed on (over the capture limit) becomes an error result of its own source,
 * so the popup says "too large to read here" instead of showing nothing or "0 devices".
 */
export function omittedResult(omitted: OmittedCapture): SourceResult {
  const known = readCapture({ url: omitted.url, via: 'page-fetch', body: null, capturedAt: new Date(0).toISOString() });
  const mb = (omitted.size / 1_000_000).toFixed(omitted.size >= 10_000_000 ? 0 : 1);
  return {
    source: {
      ...known.source,
      status: 'error',
      diagnostics: [
        {
          level: 'error',
          code: 'response-too-large',
          message: `Response too large to read in the browser (${mb} MB); use the CLI or the report page's import on a HAR of it.`,
        },
      ],
    },
    records: {},
  };
}
