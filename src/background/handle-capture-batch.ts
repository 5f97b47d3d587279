import type { ScanStore, WriteOutcome } from '../store/scan-store.ts';
import type { Service } from '../model/diagnostics.ts';
import { readCapture } from '../sources/read-capture.ts';
import { stampCaptureTime } from '../model/capture-order.ts';
import * as v from 'valibot';
import { CaptureBatchSchema, type CaptureBatch } from '../model/messages.ts';
import { acceptedContentSender, type SenderLike } from './sender-policy.ts';
import { serviceOfOrigin } from './account-origins.ts';
import { omittedResult } from './omitted-result.ts';

/**
 * Validates a content script's capture batch, reads its captures with the sources and queues the results for the
 * store. Returns the store's outcome, or null when the message or its sender was refused. It takes any message,
 * not only one the dispatcher validated: it is the trust boundary for captures, and is tested as such.
 */
export async function handleCaptureBatch(message: unknown, sender: SenderLike, extensionId: string, store: ScanStore): Promise<WriteOutcome | null> {
  const origin = acceptedContentSender(sender, extensionId);
  if (!origin) return null;
  const parsed = v.safeParse(CaptureBatchSchema, message);
  if (!parsed.success) return null;
  const batch = parsed.output;
  const service = serviceOfOrigin(origin);
  // Captures must come from the sender's own origin; the content script checks this too.
  const captures = batch.captures.filter((c) => c.url === null || sameOrigin(c.url, origin)).flatMap(withParsedText);
  const omitted = (batch.omitted ?? []).filter((o) => sameOrigin(o.url, origin));
  // A page's data belongs to the service whose page it is: an Amazon page's __NEXT_DATA__ never yields Ring devices.
  // Each result keeps its capture's own time: merging orders by it, so a late batch from an older tab cannot win.
  const receivedAt = new Date().toISOString();
  const results = [
    ...captures.map((c) => stampCaptureTime(readCapture(c), c.capturedAt)),
    ...omitted.map((o) => stampCaptureTime(omittedResult(o), receivedAt)),
  ].filter((r) => belongsTo(r.source.service, service));
  if (results.length === 0) return null;
  return store.addResults({ scanId: batch.pageSession, service, origin, results });
}

type BatchCapture = CaptureBatch['captures'][number];

/** A page response's copy arrives as text and is parsed here; one that is not JSON is dropped, as it always was. */
function withParsedText(capture: BatchCapture): BatchCapture[] {
  const { text, ...rest } = capture;
  if (text === undefined) return [rest];
  try {
    return [{ ...rest, body: JSON.parse(text) as unknown }];
  } catch {
    return [];
  }
}

function belongsTo(source: Service, page: Service): boolean {
  return page === 'ring' ? source === 'ring' : source === 'amazon' || source === 'alexa';
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
