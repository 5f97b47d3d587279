import type { Page } from 'puppeteer-core';

/**
 * Sets a Firefox page's viewport. Puppeteer (24.4x) sends `emulation.setScreenOrientationOverride` together with
 * `browsingContext.setViewport`, and Firefox ESR 140 does not know the first: the size is set, the call rejects.
 * That one rejection is tolerated; the size is then checked in the page itself, so a viewport that was not set
 * still fails the test.
 */
export async function setFirefoxViewport(page: Page, size: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(size);
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('unknown command emulation.setScreenOrientationOverride'))) throw error;
  }
  const shown = () => page.evaluate(() => [window.innerWidth, window.innerHeight]);
  const deadline = Date.now() + 5000;
  let [width, height] = await shown();
  while ((width !== size.width || height !== size.height) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    [width, height] = await shown();
  }
  if (width !== size.width || height !== size.height) throw new Error(`Firefox viewport is ${width} × ${height}, not ${size.width} × ${size.height}`);
}
