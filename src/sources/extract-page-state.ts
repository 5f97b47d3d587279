/**
 * Pulls the JSON state a server-rendered page embeds (`<script id="__NEXT_DATA__" type="application/json">`).
 * Shared by the content script (live page) and the CLI (saved page). Tiny on purpose: it ships in the content script.
 */
const MAX_PAGE_STATE_CHARS = 8_000_000;

export function extractNextData(doc: Pick<Document, 'getElementById'>): { body: unknown } | { error: string } {
  const script = doc.getElementById('__NEXT_DATA__');
  if (!script) return { error: 'no-page-state' };
  const text = script.textContent ?? '';
  if (text.length > MAX_PAGE_STATE_CHARS) return { error: 'page-state-too-large' };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { error: 'page-state-not-json' };
  }
}
