import * as v from 'valibot';
import type { SnapshotMessage } from '../model/messages.ts';

const MAX_CAPTURES_PER_MESSAGE = 200;

const CaptureSchema = v.object({
  url: v.nullable(v.pipe(v.string(), v.maxLength(4096))),
  via: v.picklist(['page-fetch', 'page-state', 'page-outline']),
  body: v.unknown(),
  capturedAt: v.pipe(v.string(), v.isoTimestamp()),
});

const OmittedSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(4096)),
  reason: v.literal('too-large'),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const SnapshotMessageSchema = v.object({
  type: v.literal('alexpose/snapshot'),
  version: v.literal(1),
  pageSession: v.pipe(v.string(), v.uuid()),
  pageUrl: v.pipe(v.string(), v.url(), v.maxLength(4096)),
  captures: v.pipe(v.array(CaptureSchema), v.maxLength(MAX_CAPTURES_PER_MESSAGE)),
  omitted: v.optional(v.pipe(v.array(OmittedSchema), v.maxLength(MAX_CAPTURES_PER_MESSAGE))),
});

/** Validates a message from a content script; returns null for anything that is not a well-formed snapshot. */
export function parseSnapshotMessage(message: unknown): SnapshotMessage | null {
  const result = v.safeParse(SnapshotMessageSchema, message);
  return result.success ? (result.output as SnapshotMessage) : null;
}
