/**
 * The message contract: every runtime message between the extension's contexts (background, content scripts,
 * popup, report page) is one valibot schema here, joined by its `type` into `MessageSchema`. The types are
 * inferred from the schemas; receivers validate with them before reading a field (see dispatch-messages.ts).
 * Answers that a sender reads are schemas too.
 */
import * as v from 'valibot';
import { ALEXA_API_ORIGINS } from './marketplaces.ts';
import type { PageStructure, StructureNode } from './page-structure.ts';
import { MAX_CAPTURE_CHARS, MAX_CAPTURES_ACCEPTED, MAX_IMPORT_FILES, MAX_URL_CHARS } from './message-limits.ts';
import { isCaptureBatchAnswer, readContentMessage, type CaptureBatchAnswer, type ContentMessage } from './content-messages.ts';

export * from './message-limits.ts';
export type { AmazonCsrfRequest, CaptureBatchAnswer, PageStructureRequest, ScanNowRequest } from './content-messages.ts';

const Url = v.pipe(v.string(), v.maxLength(MAX_URL_CHARS));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

// ---- content script → background: what one page visit has seen so far ----

/** One piece of a page as the content script hands it over (only the kinds a content script makes). */
const PageCaptureSchema = v.object({
  url: v.nullable(Url),
  via: v.picklist(['page-fetch', 'page-state', 'page-outline']),
  /** Parsed JSON; never trusted, sources validate it. */
  body: v.unknown(),
  /**
   * Added later: a page response's JSON text as the page received it, parsed by the background (off the page's
   * main thread) in place of `body`; a text that is not JSON is dropped there.
   */
  text: v.optional(v.pipe(v.string(), v.maxLength(MAX_CAPTURE_CHARS))),
  capturedAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type PageCapture = v.InferOutput<typeof PageCaptureSchema>;

/** A response the content script saw but could not pass on (over the capture limit): reported, never dropped silently. */
const OmittedCaptureSchema = v.object({
  url: Url,
  reason: v.literal('too-large'),
  /** Its size in characters (or bytes, from content-length), so the user is told how large. */
  size: Count,
});
export type OmittedCapture = v.InferOutput<typeof OmittedCaptureSchema>;

/**
 * A batch of captures of one page visit. The wire type keeps its first name, `alexpose/snapshot`, so that
 * content scripts and background of different versions still understand each other.
 */
export const CaptureBatchSchema = v.object({
  type: v.literal('alexpose/snapshot'),
  version: v.literal(1),
  /** Random per page load; the background folds all batches of one visit into one scan. */
  pageSession: v.pipe(v.string(), v.uuid()),
  pageUrl: v.pipe(Url, v.url()),
  captures: v.pipe(v.array(PageCaptureSchema), v.maxLength(MAX_CAPTURES_ACCEPTED)),
  /** Optional, added later: what was seen and not passed on. */
  omitted: v.optional(v.pipe(v.array(OmittedCaptureSchema), v.maxLength(MAX_CAPTURES_ACCEPTED))),
});
export type CaptureBatch = v.InferOutput<typeof CaptureBatchSchema>;

/** The background's answer: `retry` when the write failed and the batch is worth sending again (validated in content-messages.ts). */
export const CaptureBatchAnswerSchema = v.custom<CaptureBatchAnswer>(isCaptureBatchAnswer);

/**
 * A kind a content script is sent, as a member of this contract: its one validator is `readContentMessage`
 * (content-messages.ts, which the content scripts use without valibot); the output holds only the kind's own fields.
 */
function contentBound<T extends ContentMessage['type']>(type: T) {
  return v.pipe(
    v.looseObject({ type: v.literal(type) }),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const message = readContentMessage(dataset.value);
      if (message?.type === type) return message as Extract<ContentMessage, { type: T }>;
      addIssue({ message: `Invalid ${type}` });
      return NEVER;
    }),
  );
}

// ---- popup → Ring content script: Scan now, and its progress back ----

/** Popup → content script: read the account's known endpoints now (the user pressed "Scan now"). */
const ScanNowRequestSchema = contentBound('alexpose/scan-now');

/**
 * How a requested scan ended, each with its own advice in the popup. What was read before the end is kept.
 * - `session-expired`: 401/403 although the page's own token was sent.
 * - `no-credentials`: 401/403 and the page had not sent a token yet (Alexposé could not use its sign-in).
 * - `signed-out`: Ring redirected to its sign-in page.
 * - `rate-limited`: Ring answered 429 again after one retry.
 * - `unreachable`: 5xx or no answer on some request.
 */
const SCAN_END_STATES = ['finished', 'session-expired', 'no-credentials', 'signed-out', 'rate-limited', 'unreachable', 'failed'] as const;
export type ScanEndState = (typeof SCAN_END_STATES)[number];

/** Content script → popup while a requested scan runs, and at its end. */
export const ScanProgressSchema = v.object({
  type: v.literal('alexpose/scan-progress'),
  done: Count,
  total: Count,
  state: v.picklist(['running', ...SCAN_END_STATES]),
});
export type ScanProgress = v.InferOutput<typeof ScanProgressSchema>;

// ---- popup → background: the Alexa deep scan, and its progress back ----

/** Popup → background: read the Alexa app API of this origin now (the user pressed the button and granted access). */
export const DeepScanRequestSchema = v.object({ type: v.literal('alexpose/deep-scan'), origin: v.picklist(ALEXA_API_ORIGINS) });
export type DeepScanRequest = v.InferOutput<typeof DeepScanRequestSchema>;

/**
 * `refused`: Amazon did not accept the browser's session for the Alexa API (or access was not granted), also when
 * its GraphQL answered `FORBIDDEN`; `rate-limited`: Amazon answered `UNOFFICIAL_CLIENT_TOO_MANY_REQUESTS` (try later).
 */
const DEEP_SCAN_STATES = ['running', 'finished', 'refused', 'rate-limited', 'failed'] as const;

/** Background → extension pages while the deep scan runs, and at its end. */
export const DeepScanProgressSchema = v.object({
  type: v.literal('alexpose/deep-scan-progress'),
  done: Count,
  total: Count,
  state: v.picklist(DEEP_SCAN_STATES),
});
export type DeepScanProgress = v.InferOutput<typeof DeepScanProgressSchema>;

// ---- background → Amazon content script: the marketplace's csrf cookie for the deep scan ----

const AmazonCsrfRequestSchema = contentBound('alexpose/amazon-csrf');

/** A cookie value of the form Amazon uses; anything else is not sent on as a header. */
export const AmazonCsrfAnswerSchema = v.object({ csrf: v.nullable(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/=_-]{1,512}$/))) });

// ---- popup → content script: the page's structure for a bug report ----

const PageStructureRequestSchema = contentBound('alexpose/page-structure');

const StructureNodeSchema: v.GenericSchema<StructureNode> = v.lazy(() =>
  v.object({
    tag: v.string(),
    role: v.optional(v.string()),
    attrs: v.optional(v.record(v.string(), v.string())),
    classes: v.optional(v.string()),
    text: v.optional(v.string()),
    children: v.optional(v.array(StructureNodeSchema)),
  }),
);
/** The content script's answer; the extension page redacts it before showing it. */
export const PageStructureSchema: v.GenericSchema<PageStructure> = v.object({
  kind: v.literal('page-structure'),
  path: v.string(),
  lang: v.nullable(v.string()),
  nodes: v.array(StructureNodeSchema),
  truncated: Count,
});

// ---- report page → background: an import, written by the one writer of the store ----

/** The results were read in the report page; the background checks each one's shape again. */
export const ImportRequestSchema = v.object({
  type: v.literal('alexpose/import'),
  files: v.pipe(v.array(v.object({ results: v.array(v.unknown()) })), v.maxLength(MAX_IMPORT_FILES)),
});
export type ImportRequest = v.InferOutput<typeof ImportRequestSchema>;

/** What the report page reads of the answer (a refusal has no count: nothing is said to be lost). */
export const ImportAnswerSchema = v.object({ notStored: Count });

// ---- all of them ----

export const MessageSchema = v.variant('type', [
  CaptureBatchSchema,
  ScanNowRequestSchema,
  ScanProgressSchema,
  DeepScanRequestSchema,
  DeepScanProgressSchema,
  AmazonCsrfRequestSchema,
  PageStructureRequestSchema,
  ImportRequestSchema,
]);
export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/**
 * What a content script is sent (by the popup and the background). Its own schema, so that a content script's
 * bundle holds only these few validators, not the whole contract (the capture batch's alone is several KB).
 */
export const ContentMessageSchema = v.variant('type', [ScanNowRequestSchema, AmazonCsrfRequestSchema, PageStructureRequestSchema]);
