/**
 * Accessibility of the rendered popup and report page: accessible names on every control, labels on form fields,
 * alt text, heading order; and WCAG AA contrast of the colour pairs the style sheets use, light and dark.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../fixtures.ts';
import { fullAccount, loadUi, mount, resetUi, storeScans, unmountAll, type UiKit } from '../ui-kit.ts';

/* ---------- Rendered DOM ---------- */

const INTERACTIVE = 'button, a[href], select, input:not([type="hidden"]), textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"]';

function textOf(el: Element): string {
  // Text content plus the alt of images inside; aria-hidden parts do not count.
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out += node.textContent;
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.getAttribute('aria-hidden') === 'true') continue;
      out += child.tagName === 'IMG' ? (child.getAttribute('alt') ?? '') : textOf(child);
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

function labelOf(el: Element): Element | null {
  const id = el.getAttribute('id');
  return el.closest('label') ?? (id ? el.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`) : null);
}

/** The accessible name, as far as these pages need: aria-labelledby, aria-label, label, content, title. */
function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id))
      .map((ref) => (ref ? textOf(ref) : ''))
      .join(' ')
      .trim();
    if (text) return text;
  }
  const aria = el.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  if (el.matches('select, input, textarea')) {
    const label = labelOf(el);
    return label ? textOf(label) : (el.getAttribute('title') ?? '').trim();
  }
  return textOf(el) || (el.getAttribute('title') ?? '').trim();
}

function describeEl(el: Element): string {
  return `<${el.tagName.toLowerCase()}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('')}>`;
}

let kit: UiKit;
const pages: Record<'popup' | 'report', HTMLElement> = {} as Record<'popup' | 'report', HTMLElement>;

describe('rendered popup and report page, Ring and Alexa fixtures', () => {
  // Rendered once: these tests only read the DOM.
  beforeAll(async () => {
    kit = await loadUi('en');
    // A Ring tab is open, so "Scan now" is shown too.
    kit.browser.tabs.query.mockResolvedValue([{ id: 7, url: 'https://account.ring.com/account/dashboard', lastAccessed: 1 }]);
    await storeScans(kit.browser.storage.local, fullAccount());
    pages.popup = await mount(kit, 'popup');
    pages.report = await mount(kit, 'report');
    await vi.waitFor(() => expect(pages.popup.querySelector('[data-testid="scan-now"] button')).not.toBeNull());
  });
  afterAll(() => {
    unmountAll();
    kit.browser.tabs.query.mockReset();
    kit.browser.tabs.query.mockResolvedValue([]);
    resetUi(kit);
  });

  describe.each(['popup', 'report'] as const)('%s', (which) => {
    it('gives every interactive control an accessible name', () => {
      const controls = [...pages[which].querySelectorAll(INTERACTIVE)];
      expect(controls.length).toBeGreaterThan(which === 'popup' ? 40 : 60);
      const nameless = controls.filter((el) => accessibleName(el) === '').map(describeEl);
      expect(nameless).toEqual([]);
      // Links that open elsewhere say where in their text, never "click here" alone.
      for (const a of pages[which].querySelectorAll('a[href]')) expect(accessibleName(a).length).toBeGreaterThan(3);
    });

    it('labels every select and input', () => {
      const fields = [...pages[which].querySelectorAll('select, input:not([type="hidden"]), textarea')];
      expect(fields.length).toBeGreaterThan(0);
      const unlabelled = fields.filter((el) => !labelOf(el) && !el.getAttribute('aria-labelledby') && !el.getAttribute('aria-label')).map(describeEl);
      expect(unlabelled).toEqual([]);
      for (const field of fields) {
        const label = labelOf(field);
        if (label) expect(textOf(label).replace(textOf(field), '').trim(), describeEl(field)).not.toBe('');
      }
    });

    it('gives every image a text alternative (alt="" for decoration) and every svg picture a name', () => {
      for (const img of pages[which].querySelectorAll('img')) expect(img.hasAttribute('alt'), describeEl(img)).toBe(true);
      for (const svg of pages[which].querySelectorAll('svg')) {
        if (svg.getAttribute('aria-hidden') === 'true') continue;
        expect(svg.getAttribute('role'), 'svg role').toBe('img');
        expect(accessibleName(svg)).not.toBe('');
      }
    });

    it('orders headings without skipping a level on the way down', () => {
      const levels = [...pages[which].querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level} (heading ${i})`] : []));
      expect(skips).toEqual([]);
    });

    it('marks live regions for progress and results, and gives every group of controls a name', () => {
      for (const region of pages[which].querySelectorAll('[role="status"]')) expect(['polite', null]).toContain(region.getAttribute('aria-live'));
      for (const group of pages[which].querySelectorAll('[role="group"], section[aria-label], section[aria-labelledby]'))
        expect(accessibleName(group), describeEl(group)).not.toBe('');
      for (const dialog of pages[which].querySelectorAll('dialog')) expect(accessibleName(dialog)).not.toBe('');
    });
  });
});

/* ---------- Contrast (WCAG 2.x, AA for normal text: 4.5:1) ---------- */

type Scheme = 'light' | 'dark';
type Vars = Record<string, string>;

function css(path: string): string {
  return readFileSync(resolve(REPO_ROOT, path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
}

/** The body of the first `{…}` after `from`, braces balanced. */
function blockAfter(text: string, from: number): string {
  const open = text.indexOf('{', from);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error('unbalanced braces');
}

/** Custom properties set on `selector` at top level (light) or inside `@media (prefers-color-scheme: dark)`. */
function customProperties(text: string, selector: string, scheme: Scheme): Vars {
  const media = /@media\s*\(prefers-color-scheme:\s*dark\)/.exec(text);
  const darkBlock = media ? blockAfter(text, media.index) : '';
  const topLevel = media ? text.slice(0, media.index) + text.slice(media.index + media[0].length + darkBlock.length + 2) : text;
  const source = scheme === 'light' ? topLevel : darkBlock;
  const at = new RegExp(`(^|[\\s}])${selector.replace('.', '\\.')}\\s*\\{`).exec(source);
  if (!at) return {};
  const vars: Vars = {};
  for (const m of blockAfter(source, at.index).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars[m[1]!] = m[2]!.trim();
  return vars;
}

/** Resolves `var(--x, fallback)` against the page's variables. */
function resolveColour(value: string, scope: Vars): string {
  const m = /^var\((--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(value.trim());
  if (!m) return value.trim();
  const own = scope[m[1]!];
  if (own !== undefined) return resolveColour(own, scope);
  if (m[2] === undefined) throw new Error(`unresolved ${value}`);
  return resolveColour(m[2], scope);
}

function rgb(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const fn = /^rgb\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*\)$/.exec(colour);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  throw new Error(`cannot read colour ${colour}`);
}

/** WCAG relative luminance of an sRGB colour. */
function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

it('computes WCAG contrast like the reference values', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  expect(contrast('#595959', '#ffffff')).toBeCloseTo(7.0, 1);
});

describe.each(['light', 'dark'] as const)('contrast, %s', (scheme) => {
  const themeCss = css('src/ui/theme.css');
  const componentsCss = css('src/ui/components.css');
  const page = customProperties(themeCss, ':root', scheme);
  const flowVars = customProperties(css('src/ui/flow/flow.css'), '.flow', scheme);
  const reportCss = css('src/report-page/report-page.css');
  const colour = (name: string) => resolveColour(page[name] ?? `var(${name})`, page);
  const flowColour = (name: string) => resolveColour(flowVars[name] ?? `var(${name})`, { ...page, ...flowVars });

  it('has every colour defined', () => {
    for (const name of ['--bg', '--fg', '--muted', '--card', '--high', '--medium', '--low', '--info', '--accent']) expect(page[name], name).toMatch(/^#/);
    expect(Object.keys(flowVars).length).toBeGreaterThan(5);
  });

  const TEXT = ['--fg', '--muted', '--high', '--medium', '--low', '--info', '--accent'];
  const BACKGROUNDS = ['--bg', '--card'];
  it.each(TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => [fg, bg] as const)))('%s on %s ≥ 4.5:1', (fg, bg) => {
    expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it('primary button text (--bg on --accent) ≥ 4.5:1', () => {
    expect(componentsCss).toMatch(/\.button--primary\s*\{[^}]*background:\s*var\(--accent\);[^}]*color:\s*var\(--bg\)/);
    expect(contrast(colour('--bg'), colour('--accent'))).toBeGreaterThanOrEqual(4.5);
  });

  it('report page: highlighted changes and the danger button use --high on --bg (≥ 4.5:1)', () => {
    expect(reportCss).toMatch(/\.change--worse\s*\{[^}]*color:\s*var\(--high\)/);
    expect(reportCss).toMatch(/\.button--danger\s*\{[^}]*color:\s*var\(--high\)/);
    expect(reportCss).toMatch(/dialog\s*\{[^}]*background:\s*var\(--bg\);\s*color:\s*var\(--fg\)/);
    expect(contrast(colour('--high'), colour('--bg'))).toBeGreaterThanOrEqual(4.5);
  });

  // The picture's text: node names and notes on their boxes, edge labels and column titles on the page.
  const FLOW_PAIRS: [string, string, string][] = [
    ['node name', '--flow-fg', '--flow-node'],
    ['node note', '--flow-muted', '--flow-node'],
    ['edge label / column title', '--flow-muted', '--flow-bg'],
    ['high edge label', '--flow-fg', '--flow-bg'],
    ['skill / path node name', '--flow-fg', '--flow-path'],
    ['skill / path node note', '--flow-muted', '--flow-path'],
    ['service node name', '--flow-service-fg', '--flow-service'],
    ['alert node name', '--flow-high', '--flow-alert-bg'],
    ['alert node note', '--flow-muted', '--flow-alert-bg'],
  ];
  it.each(FLOW_PAIRS)('data-flow %s (%s on %s) ≥ 4.5:1', (_what, fg, bg) => {
    expect(contrast(flowColour(fg), flowColour(bg))).toBeGreaterThanOrEqual(4.5);
  });
});
