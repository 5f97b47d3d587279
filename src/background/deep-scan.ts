import type { Capture } from '../model/capture.ts';
import type { DeepScanProgress } from '../model/messages.ts';
import type { SourceResult } from '../model/records.ts';
import { readCapture } from '../sources/read-capture.ts';
import { stampCaptureTime } from '../model/capture-order.ts';
import { ALEXA_API_ORIGINS } from '../model/marketplaces.ts';
import { isSafePathId } from '../model/safe-path-id.ts';
import { logError } from '../model/log-error.ts';
import { ALEXA_SCAN_PATHS as PATH } from '../sources/alexa/endpoints.ts';

/** The smart-home inventory, asking only for the fields the sources read. */
export const ENDPOINTS_QUERY =
  'query Endpoints { endpoints { items { endpointId id friendlyName displayCategories { primary { value } } manufacturer { value { text } } legacyAppliance { applianceId applianceTypes friendlyName friendlyDescription manufacturerName modelName connectedVia capabilities driverIdentity additionalApplianceDetails isEnabled } } } }';

/** Told after each request, so the popup can show how far the scan is. */
export type OnProgress = (progress: Omit<DeepScanProgress, 'type'>) => void;

export interface DeepScanOptions {
  /**
   * The value of the `csrf` cookie Amazon set for the account's parent domain, read in a page of that domain the
   * user has open; null when none is known. Sent as the `csrf` header, as public clients do (Apollon77/alexa-remote),
   * to this origin only; kept for this scan only.
   */
  csrf?(): Promise<string | null>;
}

/** The Alexa web app's first call; its answer sets the `csrf` cookie when the browser has none (alexa-remote). */
const CSRF_BOOTSTRAP_PATH = '/api/language';

/**
 * The deep scan: requests to the Alexa app API of one origin, only after the user pressed the button and
 * granted access to that origin. Requests go to that origin and nowhere else, one after another. Whether
 * Amazon accepts the browser's session there is not documented; a refusal is reported as such.
 */
export async function runDeepScan(
  origin: string,
  fetchImpl: typeof fetch,
  report: OnProgress,
  options: DeepScanOptions = {},
): Promise<{ state: DeepScanProgress['state']; results: SourceResult[] }> {
  if (!(ALEXA_API_ORIGINS as readonly string[]).includes(origin)) return { state: 'failed', results: [] };
  const readCsrf = () => options.csrf?.().catch((error: unknown) => (logError('deep scan: csrf', error), null)) ?? Promise.resolve(null);
  let csrf = await readCsrf();
  if (options.csrf && !csrf) {
    // No csrf cookie yet: the bootstrap sets one, then the open page can read it.
    await fetchImpl(new URL(CSRF_BOOTSTRAP_PATH, origin), { credentials: 'include', redirect: 'manual', headers: { Accept: 'application/json' } }).catch(
      (error: unknown) => logError('deep scan: csrf bootstrap', error),
    );
    csrf = await readCsrf();
  }
  const auth: Record<string, string> = csrf ? { csrf } : {};
  const results: SourceResult[] = [];
  let refused = false;
  let done = 0;
  let total = 5;
  const get = async (path: string, init?: RequestInit): Promise<unknown> => {
    const url = new URL(path, origin);
    try {
      const response = await fetchImpl(url, {
        credentials: 'include',
        redirect: 'manual',
        ...init,
        headers: { Accept: 'application/json', ...auth, ...(init?.headers ?? {}) },
      });
      const json = (response.headers.get('content-type') ?? '').includes('json');
      if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect' || (response.ok && !json)) refused = true;
      if (!response.ok || !json) return null;
      const body: unknown = await response.json();
      const capture: Capture = { url: url.href, via: 'deep-scan', body, capturedAt: new Date().toISOString() };
      results.push(stampCaptureTime(readCapture(capture), capture.capturedAt));
      return body;
    } catch (error) {
      // No answer, or an answer that is not JSON after all: this source stays unread, and the console says why.
      logError('deep scan: request', error);
      return null;
    } finally {
      done++;
      report({ done, total, state: 'running' });
    }
  };

  const devices = await get(PATH.alexaDevices);
  if (refused) return { state: 'refused', results };
  await get(PATH.alexaGraphql, { method: 'POST', body: JSON.stringify({ query: ENDPOINTS_QUERY }), headers: { 'Content-Type': 'application/json' } });
  await get(PATH.alexaHousehold);
  await get(PATH.alexaSmartHomeEntities);
  await get(PATH.alexaDevicePreferences);
  const cameras = liveViewAccounts(devices);
  total += cameras.length;
  for (const id of cameras) await get(PATH.alexaDeviceSetting(id));
  // Amazon's own words in a GraphQL answer (errors[].extensions.errorCode): refused, or limited for now.
  const said = (code: string) => results.some((r) => r.source.diagnostics.some((d) => d.code === code));
  const state = refused || said('amazon-refused') ? 'refused' : said('amazon-rate-limited') ? 'rate-limited' : results.length === 0 ? 'failed' : 'finished';
  return { state, results };
}

/** Device account ids of Echos with a camera that can be viewed remotely. */
function liveViewAccounts(body: unknown): string[] {
  const list = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['devices'] : null;
  return (Array.isArray(list) ? list : [])
    .filter(
      (d): d is Record<string, unknown> =>
        typeof d === 'object' && d !== null && Array.isArray(d['capabilities']) && (d['capabilities'] as unknown[]).includes('LIVE_VIEW'),
    )
    .map((d) => d['deviceAccountId'])
    .filter((id): id is string => typeof id === 'string' && isSafePathId(id))
    .slice(0, 50);
}
