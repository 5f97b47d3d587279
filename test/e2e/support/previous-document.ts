/**
 * A wait after a reload or navigation must see the new document, not the one it replaces: an extension page that
 * updates itself live (the popup re-renders when storage changes) can show the awaited state before it is replaced,
 * and whatever is read next then runs on a new page that has not rendered yet (issue 25: "expected +0 to be 40").
 * Mark the old document first; probes check `document.documentElement.hasAttribute('data-e2e-previous')` in the same
 * evaluation that reads the state, so a wait and its reading come from one document.
 */
export const PREVIOUS_DOCUMENT_ATTRIBUTE = 'data-e2e-previous';

/** Either driver's page (Playwright or Puppeteer), reduced to what marking needs. */
interface Evaluates {
  evaluate(fn: () => void): Promise<unknown>;
}

/** Marks the document now shown, before the test reloads or navigates away from it. */
export async function markPreviousDocument(page: Evaluates): Promise<void> {
  // A page mid-navigation has no document to mark: then nothing old can answer either.
  await page.evaluate(() => void document.documentElement.setAttribute('data-e2e-previous', '')).catch(() => undefined);
}
