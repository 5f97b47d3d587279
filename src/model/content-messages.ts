/**
 * The few messages a content script reads, and their one validator: Scan now and the page's structure (popup → content
 * script), the marketplace's csrf cookie (background → Amazon content script), and the background's answer to a
 * capture batch. Dependency-free, because the content scripts ship to every account page and must stay small (README,
 * Performance): `messages.ts` joins these kinds into the valibot contract through these same functions, so they are
 * validated one way wherever they are read.
 */
import { MAX_URL_CHARS } from './message-limits.ts';

// Type aliases, not interfaces: the contract's variant needs them assignable to a plain record.
export type ScanNowRequest = {
  type: 'alexpose/scan-now';
};
export type PageStructureRequest = {
  type: 'alexpose/page-structure';
};
export type AmazonCsrfRequest = {
  type: 'alexpose/amazon-csrf';
  origin: string;
};
export type ContentMessage = ScanNowRequest | PageStructureRequest | AmazonCsrfRequest;

/** The background's answer to a capture batch: `retry` when the write failed and the batch is worth sending again. */
export type CaptureBatchAnswer = {
  accepted: boolean;
  stored?: boolean;
  retry?: boolean;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isUrlText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_URL_CHARS;
const isOptionalBoolean = (value: unknown) => value === undefined || typeof value === 'boolean';

/** The message as its kind defines it (fields it does not define are dropped), or null when it is none of these kinds or malformed. */
export function readContentMessage(message: unknown): ContentMessage | null {
  if (!isRecord(message)) return null;
  const { type } = message;
  if (type === 'alexpose/scan-now' || type === 'alexpose/page-structure') return { type };
  if (type === 'alexpose/amazon-csrf' && isUrlText(message['origin'])) return { type, origin: message['origin'] };
  return null;
}

export function isCaptureBatchAnswer(answer: unknown): answer is CaptureBatchAnswer {
  return isRecord(answer) && typeof answer['accepted'] === 'boolean' && isOptionalBoolean(answer['stored']) && isOptionalBoolean(answer['retry']);
}
