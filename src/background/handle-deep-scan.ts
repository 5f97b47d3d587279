import * as v from 'valibot';
import { DeepScanRequestSchema, type DeepScanProgress } from '../model/messages.ts';
import type { ScanStore } from '../store/scan-store.ts';
import { runDeepScan } from './deep-scan.ts';
import type { SenderLike } from './sender-policy.ts';

export interface DeepScanDeps {
  extensionId: string;
  extensionOrigin: string;
  store: ScanStore;
  fetch: typeof fetch;
  hasAccess(origin: string): Promise<boolean>;
  /** The marketplace's `csrf` cookie value from an open Amazon page of the user, or null (see amazon-csrf.ts). */
  csrf?(origin: string): Promise<string | null>;
  report(progress: DeepScanProgress): void;
  newScanId(): string;
}

/** A deep scan may be started only by the extension's own pages, for a known Alexa origin the user granted. */
export async function handleDeepScan(message: unknown, sender: SenderLike, deps: DeepScanDeps): Promise<DeepScanProgress['state'] | null> {
  if (sender.id !== deps.extensionId || !sender.url?.startsWith(deps.extensionOrigin)) return null;
  const parsed = v.safeParse(DeepScanRequestSchema, message);
  if (!parsed.success) return null;
  const { origin } = parsed.output;
  if (!(await deps.hasAccess(origin))) {
    deps.report({ type: 'alexpose/deep-scan-progress', done: 0, total: 0, state: 'refused' });
    return 'refused';
  }
  const csrf = deps.csrf;
  const { state, results } = await runDeepScan(
    origin,
    deps.fetch,
    (p) => deps.report({ type: 'alexpose/deep-scan-progress', ...p }),
    csrf ? { csrf: () => csrf(origin) } : {},
  );
  if (results.length > 0) await deps.store.addResults({ scanId: deps.newScanId(), service: 'alexa', origin, results });
  deps.report({ type: 'alexpose/deep-scan-progress', done: results.length, total: results.length, state });
  return state;
}
