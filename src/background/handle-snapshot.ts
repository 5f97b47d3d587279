import type { ScanStore } from '../store/scan-store.ts';
import type { StoreState } from '../store/schema.ts';
import { readCapture } from '../sources/read-capture.ts';
import { parseSnapshotMessage } from './message-schema.ts';
import { acceptedContentSender, type SenderLike } from './sender-policy.ts';
import { serviceOfOrigin } from './account-origins.ts';

/**
 * Validates a content script's snapshot, reads its captures with the sources and stores the results.
 * Returns the new state, or null when the message or its sender was refused.
 */
export async function handleSnapshot(message: unknown, sender: SenderLike, extensionId: string, store: ScanStore): Promise<StoreState | null> {
  const origin = acceptedContentSender(sender, extensionId);
  if (!origin) return null;
  const snapshot = parseSnapshotMessage(message);
  if (!snapshot) return null;
  // Captures must come from the sender's own origin; the content script checks this too.
  const captures = snapshot.captures.filter((c) => c.url === null || sameOrigin(c.url, origin));
  if (captures.length === 0) return null;
  const results = captures.map(readCapture);
  return store.addResults({ scanId: snapshot.pageSession, service: serviceOfOrigin(origin), origin, results });
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
