import { isIsoTime, type Capture } from '../model/capture.ts';
import type { SourceResult } from '../model/records.ts';
import { extractNextData } from './extract-page-state.ts';
import { extractOutline } from './page-outline/extract-outline.ts';
import { isObject } from './json-reader.ts';
import { readCapture, recognizesUrl } from './read-capture.ts';
import { AMAZON_SETTINGS_PAGE, amazonEndpointOf } from './alexa/endpoints.ts';
import { placeSavedPage, type PlacedBy } from './place-saved-page.ts';
import { NO_SOURCE } from '../model/source-ids.ts';

/** Parses a saved page: linkedom in the CLI, DOMParser in the report page. */
export type ParseHtml = (text: string) => Document;

/** Turns one saved file (HAR, JSON response or HTML page) into source results. Never throws. */
export function readSavedFile(label: string, rawText: string, now: string, parseHtml: ParseHtml): SourceResult[] {
  // A byte-order mark survives decoding as U+FEFF, which JSON.parse refuses.
  const text = rawText.startsWith('\ufeff') ? rawText.slice(1) : rawText;
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) return readHtml(label, text, now, parseHtml);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [inputError(label, 'not-readable', 'Neither JSON nor HTML.')];
  }
  if (isHar(json)) return readHar(label, json, now);
  return [readCapture({ url: null, via: 'file', body: json, capturedAt: now, readAtKind: 'file', label })];
}

export function inputError(label: string, code: string, message: string): SourceResult {
  return {
    source: {
      id: NO_SOURCE.input,
      service: 'ring',
      kind: 'file',
      status: 'error',
      origin: 'file:',
      location: label,
      diagnostics: [{ level: 'error', code, message }],
    },
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
  const refused: SourceResult[] = [];
  for (const entry of har.log.entries) {
    if (!isObject(entry) || !isObject(entry['request']) || !isObject(entry['response'])) continue;
    const url = entry['request']['url'];
    if (typeof url !== 'string' || !recognizesUrl(url)) continue;
    // A CORS preflight or HEAD request to a known endpoint carries no data by design.
    const method = typeof entry['request']['method'] === 'string' ? entry['request']['method'].toUpperCase() : 'GET';
    if (method === 'OPTIONS' || method === 'HEAD') continue;
    const content = entry['response']['content'];
    // The entry's own time when it has one; else the time the file was read, said as such.
    const own = typeof entry['startedDateTime'] === 'string' && isIsoTime(entry['startedDateTime']) ? entry['startedDateTime'] : null;
    const startedAt = own ?? now;
    const readAtKind = own ? 'har-entry' : 'file';
    if (!isObject(content) || typeof content['text'] !== 'string') {
      // A known endpoint saved without its body (the browser dropped it, or a cached 304) is a failed read, never skipped.
      refused.push(
        entryError(
          { url, via: 'har', body: undefined, capturedAt: startedAt, readAtKind, label },
          { code: 'no-body', message: 'The HAR holds this response without its body: save the HAR again with content (or reload the page first).' },
        ),
      );
      continue;
    }
    const raw = content['encoding'] === 'base64' ? decodeBase64Utf8(content['text']) : content['text'];
    const status = typeof entry['response']['status'] === 'number' ? entry['response']['status'] : null;
    const body = parseJson(raw);
    // The Content and Devices endpoint serves many activities (content lists, settings); only the device list is read.
    if (isOtherMycdActivity(url, entry['request'], body)) continue;
    const problem = entryProblem(status, raw, body);
    if (problem || !body.ok)
      refused.push(
        entryError(
          { url, via: 'har', body: undefined, capturedAt: startedAt, readAtKind, label },
          problem ?? { code: 'not-json', message: 'The response body is not valid JSON.' },
        ),
      );
    else captures.push({ url, via: 'har', body: body.value, capturedAt: startedAt, readAtKind, label });
  }
  if (captures.length === 0 && refused.length === 0) return [inputError(label, 'no-known-entries', 'The HAR holds no response of an endpoint Alexposé reads.')];
  // HAR entries are in request order; keep it so newer responses win when merged.
  return [...captures.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)).map(readCapture), ...refused];
}

type Parsed = { ok: true; value: unknown } | { ok: false };

function parseJson(raw: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(raw.startsWith('\ufeff') ? raw.slice(1) : raw) as unknown };
  } catch {
    return { ok: false };
  }
}

/** What is wrong with a known entry's response, in words that name it (an HTML sign-in page is not a missing field). */
function entryProblem(status: number | null, raw: string, body: Parsed): { code: string; message: string } | null {
  const html = /^\s*</.test(raw);
  const signIn = html && /type\s*=\s*["']?password|\/ap\/signin|\/auth\/login/i.test(raw.slice(0, 200_000));
  if (status !== null && status >= 400) {
    const what = html ? (signIn ? 'a sign-in page' : 'an HTML page') : body.ok ? 'an error' : 'no JSON';
    const why = status === 401 || status === 403 ? ' The service did not accept the session when the HAR was saved (signed out or expired).' : '';
    return {
      code: status === 401 || status === 403 ? 'session-refused' : 'http-error',
      message: `HTTP ${status}: the response is ${what}, not the data.${why}`,
    };
  }
  if (body.ok) return null;
  if (signIn)
    return {
      code: 'sign-in-page',
      message: `The response is a sign-in page, not JSON${status ? ` (HTTP ${status})` : ''}: the session had expired when the HAR was saved.`,
    };
  if (html) return { code: 'html-not-json', message: `The response is an HTML page, not JSON${status ? ` (HTTP ${status})` : ''}.` };
  return {
    code: raw.trim() === '' ? 'empty-body' : 'not-json',
    message: raw.trim() === '' ? 'The response body is empty.' : 'The response body is not valid JSON.',
  };
}

/** A result for the source the entry belongs to, saying why it was not read. */
function entryError(capture: Capture, problem: { code: string; message: string }): SourceResult {
  const routed = readCapture(capture);
  return {
    source: { ...routed.source, status: 'error', diagnostics: [{ level: 'error', code: problem.code, at: '$', message: problem.message }] },
    records: {},
  };
}

const DEVICE_LIST_ACTIVITIES = new Set(['GetDevicesOverview', 'GetDevices']);

function isOtherMycdActivity(rawUrl: string, request: Record<string, unknown>, body: Parsed): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (amazonEndpointOf(url) !== 'mycdAjax') return false;
  const activity = requestActivity(request);
  if (activity !== null) return !DEVICE_LIST_ACTIVITIES.has(activity);
  // No readable request body: judge by the answer (each activity answers under its own name).
  return body.ok && isObject(body.value) && ![...DEVICE_LIST_ACTIVITIES].some((a) => a in (body.value as Record<string, unknown>));
}

/** `activity=GetDevicesOverview&…` (current form) or `data={"param":{"GetDevices":{}}}` (legacy form). */
function requestActivity(request: Record<string, unknown>): string | null {
  const post = request['postData'];
  if (!isObject(post)) return null;
  const form = new URLSearchParams();
  if (Array.isArray(post['params'])) {
    for (const p of post['params']) if (isObject(p) && typeof p['name'] === 'string' && typeof p['value'] === 'string') form.append(p['name'], p['value']);
  } else if (typeof post['text'] === 'string') {
    new URLSearchParams(post['text']).forEach((value, name) => form.append(name, value));
  }
  const activity = form.get('activity');
  if (activity) return activity;
  const data = parseJson(form.get('data') ?? '');
  if (data.ok && isObject(data.value) && isObject(data.value['param'])) return Object.keys(data.value['param'])[0] ?? null;
  return null;
}

function readHtml(label: string, text: string, now: string, parseHtml: ParseHtml): SourceResult[] {
  let document: Document;
  try {
    document = parseHtml(text);
  } catch {
    return [inputError(label, 'not-readable', 'The page could not be parsed.')];
  }
  const placement = placeSavedPage(document, text);
  const url = placement?.url ?? null;
  // Attribute values keep their case; not every DOM supports the `i` selector flag (happy-dom does not).
  const signIn = [...document.querySelectorAll('input[type]')].some((el) => el.getAttribute('type')?.trim().toLowerCase() === 'password');
  const signInError = () =>
    inputError(label, 'sign-in-page', 'The saved page is a sign-in page, not an account page: sign in, open the page again and save it then.');
  if (placement?.service === 'amazon' && !AMAZON_SETTINGS_PAGE.test(new URL(placement.url).pathname)) {
    if (signIn) return [signInError()];
    // Never handed to a Ring reader by shape: an Amazon page is Amazon's, whatever it embeds.
    return [
      inputError(
        label,
        'amazon-page-not-read',
        `This is an Amazon page (${placement.url}) but not one Alexposé reads: save Alexa Privacy, "Apps and services with access" or Content and Devices.`,
      ),
    ];
  }
  const results: SourceResult[] = [];
  // Page state (`__NEXT_DATA__`) is Ring's; an Amazon page's embedded state is not read.
  const state = placement?.service === 'amazon' ? {} : extractNextData(document);
  if ('body' in state) results.push(readCapture({ url, via: 'page-state', body: state.body, capturedAt: now, readAtKind: 'file', label }));
  // Settings pages are read from their visible controls, as the content script does on the live page.
  const outline = readCapture({ url, via: 'page-outline', body: extractOutline(document), capturedAt: now, readAtKind: 'file', label });
  const outlineFoundSomething = Object.values(outline.records).some((list) => Array.isArray(list) && list.length > 0);
  if (outlineFoundSomething || results.length === 0) results.push(outline);
  if (results.every((r) => r.source.status === 'unrecognized' || r.source.status === 'error')) {
    if (signIn) return [signInError()];
    // A device list whose entries could not be read is that list's own error, not "no page data".
    const unreadableList = results.filter((r) => r.source.diagnostics.some((d) => d.code === 'entries-unreadable'));
    if (unreadableList.length > 0) return unreadableList;
    return [inputError(label, 'no-page-data', 'The saved page carries neither page state nor settings Alexposé can read.')];
  }
  // Say how the page was placed when it had no canonical link, so the evidence shows it.
  if (placement && placement.by !== 'canonical')
    for (const r of results)
      r.source.diagnostics.push({ level: 'info', code: `placed-by-${placement.by.replace(':', '-')}`, at: '$', message: PLACED_BY[placement.by] });
  return results;
}

const PLACED_BY: Record<PlacedBy, string> = {
  canonical: "Placed by the page's canonical link.",
  'saved-from': 'The page has no canonical link; placed by the browser\'s "saved from url" comment.',
  'og:url': 'The page has no canonical link; placed by its og:url.',
  content: 'The page has no canonical link or saved-from comment; placed by its links, title and language.',
};
