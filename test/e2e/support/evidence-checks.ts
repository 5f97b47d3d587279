/**
 * Evidence per claim in the browser (issue 24, review blocker B2): what the report's print layout and the popup's
 * "why" say each finding rests on. The in-page functions run in the extension page (Playwright and Puppeteer alike).
 */

/** The fixture account's cameras (test/fixtures/ring): each with its own settings document. */
export const CAMERAS = ['70010001', '70010002', '70010003'];

export interface ShownEvidence {
  finding: string;
  subject: string;
  location: string;
  readAt: string;
  text: string;
  /** The evidence line is open and has a size (in print: every detail opened by the page's beforeprint handler). */
  shown: boolean;
}

/** In the page: every finding card of the report's inventory with its evidence line. */
export function reportEvidence(): ShownEvidence[] {
  return [...document.querySelectorAll('[data-testid="report-findings"] article.finding')].map((card) => {
    const line = card.querySelector('[data-testid="finding-evidence"]');
    const details = card.querySelector('details');
    return {
      finding: card.getAttribute('data-finding-id') ?? '',
      subject: card.getAttribute('data-subject-id') ?? '',
      location: line?.getAttribute('data-location') ?? '',
      readAt: line?.getAttribute('data-read-at') ?? '',
      text: line?.textContent ?? '',
      shown: Boolean(line && details?.open && line.getBoundingClientRect().height > 0),
    };
  });
}

/**
 * In the popup: opens the "why" of one finding (and the groups around it), brings its evidence line into view
 * and returns it with its position, so a test can check it is inside the first 600 px.
 */
export function openPopupWhy(args: { finding: string; subject: string }): (ShownEvidence & { top: number; bottom: number }) | null {
  const card = document.querySelector(`[data-finding-id="${args.finding}"][data-subject-id="${args.subject}"]`);
  if (!card) return null;
  for (let el: Element | null = card; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
  const own = card.querySelector('details');
  if (own) own.open = true;
  const line = card.querySelector('[data-testid="finding-evidence"]');
  if (!line) return null;
  card.querySelector('h4')?.scrollIntoView({ block: 'start' });
  const box = line.getBoundingClientRect();
  if (box.bottom > window.innerHeight) line.scrollIntoView({ block: 'end' });
  const after = line.getBoundingClientRect();
  return {
    finding: args.finding,
    subject: args.subject,
    location: line.getAttribute('data-location') ?? '',
    readAt: line.getAttribute('data-read-at') ?? '',
    text: line.textContent ?? '',
    shown: after.height > 0,
    top: after.top,
    bottom: after.bottom,
  };
}

/**
 * What must hold for every camera finding: its evidence names a document of its own camera and of no other, the
 * line shows that document and a read time with its time zone. Returns the violations (empty when all hold).
 */
export function evidenceViolations(shown: readonly ShownEvidence[]): string[] {
  const problems: string[] = [];
  const cameraFindings = shown.filter((e) => CAMERAS.includes(e.subject));
  if (cameraFindings.length < 6) problems.push(`only ${cameraFindings.length} camera findings shown`);
  for (const e of cameraFindings) {
    const where = `${e.finding} ${e.subject}`;
    if (!e.shown) problems.push(`${where}: evidence line not shown`);
    // Its own per-camera document, or the device list, which states each camera in that camera's own entry
    // (a bridge's Sidewalk state); never another camera's document (checked below).
    const ownDocument = e.location.split('/').includes(e.subject) || /\/clients_api\/ring_devices$/.test(e.location);
    if (!ownDocument) problems.push(`${where}: cites ${e.location}, not its own camera's document`);
    for (const other of CAMERAS.filter((c) => c !== e.subject)) if (e.location.includes(other)) problems.push(`${where}: cites camera ${other}`);
    if (!e.text.includes(e.location)) problems.push(`${where}: the line does not name ${e.location}`);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(e.readAt)) problems.push(`${where}: no read time`);
    // A time zone: a name (UTC, GMT, MEZ, CET) or an offset.
    if (!/(UTC|GMT|MEZ|MESZ|CET|CEST|[+-]\d{1,2}(:?\d{2})?)/.test(e.text)) problems.push(`${where}: no time zone in "${e.text}"`);
  }
  return problems;
}

/** In the page: makes every `@media print` rule of the page's own style sheets apply on screen too; returns how many. */
export function printRulesOnScreen(): number {
  let count = 0;
  for (const sheet of [...document.styleSheets]) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of [...rules]) {
      if (rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText)) {
        rule.media.mediaText = 'all';
        count++;
      }
    }
  }
  return count;
}
