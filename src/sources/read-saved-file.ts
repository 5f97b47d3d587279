import type { Capture } from '../model/capture.ts';
import type { SourceResult } from '../model/records.ts';
import { extractNextData } from './extract-page-state.ts';
import { extractOutline } from './page-outline/extract-outline.ts';
import { isObject } from './json-reader.ts';
import { readCapture, recognizesUrl } from './read-capture.ts';

/** Parses a saved page: linkedom in the CLI, DOMParser in the report page. */
export type ParseHtml = (text: string) => Document;

/** Turns one saved file (HAR, JSON response or HTML page) into source results. Never throws. */
export function readSavedFile(label: string, text: string, now: string, parseHtml: ParseHtml): SourceResult[] {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) return readHtml(label, text, now, parseHtml);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [inputError(label, 'not-readable', 'Neither JSON nor HTML.')];
  }
  if (isHar(json)) return readHar(label, json, now);
  return [readCapture({ url: null, via: 'file', body: json, capturedAt: now, label })];
}

export function inputError(label: string, code: string, message: string): SourceResult {
  return {
    source: { id: 'input', service: 'ring', kind: 'file', status: 'error', origin: 'file:', location: label, diagnostics: [{ level: 'error', code, message }] },
    records: {},
  };
}

/** HAR bodies may be base64; decoded with web APIs so the same code runs in Node and in the browser. */
function decodeBase64Utf8(text: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

function isHar(json: unknown): json is { log: { entries: unknown[] } } {
  return isObject(json) && isObject(json['log']) && Array.isArray(json['log']['entries']);
}

function readHar(label: string, har: { log: { entries: unknown[] } }, now: string): SourceResult[] {
  const captures: Capture[] = [];
  for (const entry of har.log.entries) {
    if (!isObject(entry) || !isObject(entry['request']) || !isObject(entry['response'])) continue;
    const url = entry['request']['url'];
    if (typeof url !== 'string' || !recognizesUrl(url)) continue;
    const content = entry['response']['content'];
    if (!isObject(content) || typeof content['text'] !== 'string') continue;
    const raw = content['encoding'] === 'base64' ? decodeBase64Utf8(content['text']) : content['text'];
    try {
      const startedAt = typeof entry['startedDateTime'] === 'string' ? entry['startedDateTime'] : now;
      captures.push({ url, via: 'har', body: JSON.parse(raw) as unknown, capturedAt: startedAt, label });
    } catch {
      // A recognised endpoint whose body is not JSON: report it instead of skipping silently.
      captures.push({ url, via: 'har', body: undefined, capturedAt: now, label });
    }
  }
  if (captures.length === 0) return [inputError(label, 'no-known-entries', 'The HAR holds no response of an endpoint Alexposé reads.')];
  // HAR entries are in request order; keep it so newer responses win when merged.
  return captures.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)).map(readCapture);
}

function readHtml(label: string, text: string, now: string, parseHtml: ParseHtml): SourceResult[] {
  let document: Document;
  try {
    document = parseHtml(text);
  } catch {
    return [inputError(label, 'not-readable', 'The page could not be parsed.')];
  }
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  const results: SourceResult[] = [];
  const state = extractNextData(document);
  if ('body' in state) results.push(readCapture({ url: canonical, via: 'page-state', body: state.body, capturedAt: now, label }));
  // Settings pages are read from their visible controls, as the content script does on the live page.
  const outline = readCapture({ url: canonical, via: 'page-outline', body: extractOutline(document), capturedAt: now, label });
  const outlineFoundSomething = Object.values(outline.records).some((list) => Array.isArray(list) && list.length > 0);
  if (outlineFoundSomething || results.length === 0) results.push(outline);
  if (results.every((r) => r.source.status === 'unrecognized' || r.source.status === 'error')) {
    return [inputError(label, 'no-page-data', 'The saved page carries neither page state nor settings Alexposé can read.')];
  }
  return results;
}
