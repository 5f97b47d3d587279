import { isIsoTime, type Capture } from '../model/capture.ts';
import type { Records, SourceResult } from '../model/records.ts';
import { statusFrom, type ReadAtKind, type Service, type SourceInfo } from '../model/diagnostics.ts';
import { JsonReader, boundRecordNames } from './json-reader.ts';
import { AMAZON_HOST } from './alexa/endpoints.ts';
import type { SourceReader } from './source-reader.ts';
import { RING_SOURCES } from './ring/ring-sources.ts';
import { ALEXA_SOURCES } from './alexa/alexa-sources.ts';
import { NO_SOURCE } from '../model/source-ids.ts';

// Amazon sources first: their URL tests are host-specific, Ring's page sources match by capture kind.
const SOURCES: readonly SourceReader<string>[] = [...ALEXA_SOURCES, ...RING_SOURCES];

/** Routes a capture to its source and reads it. Never throws: anything unexpected becomes a diagnostic. */
export function readCapture(capture: Capture): SourceResult {
  const url = parseUrl(capture.url);
  const origin = url ? url.origin : 'file:';
  const location = url ? url.pathname : capture.label;
  const read = readTime(capture);
  const source =
    SOURCES.find((s) => s.matches(capture, url)) ??
    (url && capture.via !== 'page-state' && capture.via !== 'page-outline'
      ? undefined
      : SOURCES.find((s) => sameService(s, url) && safeSniff(s, capture.body)));
  if (!source) {
    return {
      source: {
        id: NO_SOURCE.unknown,
        service: guessService(url),
        kind: capture.via === 'page-state' ? 'page-state' : 'json',
        status: 'unrecognized',
        origin,
        ...(location ? { location } : {}),
        ...read,
        diagnostics: [{ level: 'error', code: 'unrecognized-input', message: 'Alexposé does not know this endpoint or document shape.' }],
      },
      records: {},
    };
  }
  const reader = new JsonReader();
  let records: Records = {};
  try {
    records = source.read(capture, url, reader);
  } catch (error) {
    // Readers are written not to throw; this is the last guard so one bad input cannot stop a scan.
    reader.note('error', 'reader-failed', '$', `Reader failed: ${error instanceof Error ? error.name : 'unknown error'}.`);
  }
  // Names are bounded here, once for every source, before anything stores or shows them.
  boundRecordNames(records, reader);
  // Settings Alexposé does not know carry the capture's time, so the report can say when each was seen.
  for (const u of records.unknownSettings ?? []) u.readAt = capture.capturedAt;
  // An understood empty answer ("no shared users", "no devices") is a read too; switches it cannot interpret are not.
  const readSomething = reader.emptyAnswer || holdsRecords(records);
  // Every status short of "read" must say why, even when the reader found nothing specific to complain about.
  if (!readSomething && reader.diagnostics.length === 0)
    reader.note('warning', 'nothing-read', '$', 'The input has the expected form but holds no record Alexposé could read.');
  // Assigned in the order the spreads `{ …, origin, ...location, ...read, diagnostics }` gave (one result per capture:
  // thousands in a big account).
  const info: Omit<SourceInfo, 'diagnostics'> & { diagnostics?: SourceInfo['diagnostics'] } = {
    id: source.id,
    service: source.service,
    kind: source.kind,
    status: statusFrom(reader.diagnostics, readSomething),
    origin,
  };
  if (location) info.location = location;
  if (read.readAt !== undefined) info.readAt = read.readAt;
  if (read.readAtKind !== undefined) info.readAtKind = read.readAtKind;
  if (read.file !== undefined) info.file = read.file;
  info.diagnostics = reader.diagnostics;
  return { source: info as SourceInfo, records };
}

/** Whether any record list other than the unknown settings holds a record. */
function holdsRecords(records: Records): boolean {
  const lists = records as Record<string, unknown>;
  for (const name in lists) {
    if (!Object.hasOwn(lists, name) || name === 'unknownSettings') continue;
    const list = lists[name];
    if (Array.isArray(list) && list.length > 0) return true;
  }
  return false;
}

/**
 * When the capture was read and what that time is: a browser capture's own time, a HAR entry's `startedDateTime`,
 * a saved file's read time. A time that is not ISO 8601 is not passed on as one.
 */
function readTime(capture: Capture): Pick<SourceInfo, 'readAt' | 'readAtKind' | 'file'> {
  const file = capture.label && (capture.via === 'har' || capture.url) ? { file: capture.label } : {};
  if (!isIsoTime(capture.capturedAt)) return file;
  const kind: ReadAtKind = capture.readAtKind ?? (capture.via === 'har' ? 'har-entry' : capture.via === 'file' ? 'file' : 'captured');
  return { readAt: capture.capturedAt, readAtKind: kind, ...file };
}

/** A page is read by shape only by a source of the service whose origin it has: an Amazon page never by a Ring reader. */
function sameService(source: SourceReader<string>, url: URL | null): boolean {
  if (!url) return true;
  if (AMAZON_HOST.test(url.hostname)) return source.service !== 'ring';
  if (url.hostname === 'ring.com' || url.hostname.endsWith('.ring.com')) return source.service === 'ring';
  return true;
}

function safeSniff(source: SourceReader<string>, body: unknown): boolean {
  try {
    return source.sniff(body);
  } catch {
    return false;
  }
}

function parseUrl(raw: string | null): URL | null {
  if (!raw) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function guessService(url: URL | null): Service {
  if (url?.hostname.includes('ring.com')) return 'ring';
  if (url?.hostname.includes('alexa')) return 'alexa';
  return url?.hostname.includes('amazon') ? 'amazon' : 'ring';
}

/** True when some source reads responses of this URL (used to pick entries out of a HAR). */
export function recognizesUrl(rawUrl: string): boolean {
  const url = parseUrl(rawUrl);
  const probe: Capture = { url: rawUrl, via: 'har', body: null, capturedAt: '' };
  return url !== null && SOURCES.some((s) => s.matches(probe, url));
}
