import { ACCOUNT_ORIGINS } from './account-origins.ts';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Only this extension's own content scripts, running in a tab on an account origin, may send capture batches.
 * Returns the sender's origin when accepted.
 */
export function acceptedContentSender(sender: SenderLike, extensionId: string): string | null {
  if (sender.id !== extensionId || !sender.tab || !sender.url) return null;
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return null;
  }
  return ACCOUNT_ORIGINS.includes(origin) ? origin : null;
}
