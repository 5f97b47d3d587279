import { until } from './browsers.ts';

/** The part of a Playwright or puppeteer page the helpers use. */
interface PageLike {
  click(selector: string): Promise<unknown>;
  evaluate(fn: () => unknown): Promise<unknown>;
}

/** Runs in the popup: the Scan now status line. */
function scanStatus(): string {
  return document.querySelector('[data-testid="scan-status"]')?.textContent ?? '';
}

/**
 * Presses Scan now in an open popup and waits until the status line contains `expected` (a scan has ended);
 * returns the status text. The popup must show the Scan now section (a Ring tab is open).
 */
export async function pressScanNow(popup: PageLike, expected: string, timeoutMs = 30_000): Promise<string> {
  await until('the Scan now button', () => popup.evaluate(() => document.querySelector('[data-testid="scan-now"] button:not([disabled])') !== null));
  await popup.click('[data-testid="scan-now"] button');
  return until(`Scan now to say "${expected}"`, async () => {
    const text = String(await popup.evaluate(scanStatus));
    return text.includes(expected) ? text : null;
  }, timeoutMs);
}
