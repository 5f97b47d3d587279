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

/** Runs in the popup: whether a scan is under way (its button disabled). */
function scanStarted(): boolean {
  return document.querySelector('[data-testid="scan-now"] button')?.hasAttribute('disabled') === true;
}

/**
 * Presses Scan now in an open popup and waits until the status line contains `expected` (a scan has ended);
 * returns the status text. The popup must show the Scan now section (a Ring tab is open).
 */
export async function pressScanNow(popup: PageLike, expected: string, timeoutMs = 30_000): Promise<string> {
  await until('the Scan now button', () => popup.evaluate(() => document.querySelector('[data-testid="scan-now"] button:not([disabled])') !== null));
  // The popup re-renders as scans land, which can replace the button between finding and clicking it (WebDriver
  // BiDi then says "no such handle"): a click that threw is tried again; a press that took disables the button.
  const before = String(await popup.evaluate(scanStatus));
  await until('Scan now pressed', async () => {
    try {
      await popup.click('[data-testid="scan-now"] button');
      return true;
    } catch (error) {
      // The press may have taken before the handle went stale: then the button is disabled or the status moved on.
      if (await popup.evaluate(scanStarted).catch(() => false)) return true;
      if (String(await popup.evaluate(scanStatus).catch(() => before)) !== before) return true;
      throw error;
    }
  });
  let last = before;
  return until(
    `Scan now to say "${expected}"`,
    async () => {
      last = String(await popup.evaluate(scanStatus));
      return last.includes(expected) ? last : null;
    },
    timeoutMs,
  ).catch((error: unknown) => {
    // Say what the status line showed instead: a scan that ended otherwise reads differently from one still running.
    throw new Error(`${String(error)}; the status line said "${last}" (before the press: "${before}")`);
  });
}
