// @vitest-environment node
import { markdownText, plainText } from '../../../src/report/escape.ts';
import { formatMarkdown } from '../../../src/report/format-markdown.ts';
import { formatText } from '../../../src/report/format-text.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { devicesCapture, NOW } from '../fixtures.ts';

const LINK = '[x](javascript:alert(1))';
const TAG = '<img src=x onerror=alert(1)>';
/** A `<` or `](` that no backslash escapes. */
const RAW_TAG = /(?<!\\)<img/;
const RAW_LINK = /(?<!\\)\]\(/;

describe('plainText', () => {
  it('drops the ESC of ANSI sequences so a terminal cannot act on them', () => {
    const out = plainText('\u001b[31mRed\u001b[0m Door\u0007');
    // eslint-disable-next-line no-control-regex -- asserting that no control character is left
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(out).toContain('Red');
  });

  it('drops bidi overrides and zero-width characters', () => {
    expect(plainText('Front\u202eroodtnorF\u202c \u200bDo\u200dor\ufeff\u2066x\u2069')).toBe('FrontroodtnorF Doorx');
  });

  // Issue 20.7: invisible and format characters that hide or smuggle text (soft hyphen, Mongolian vowel separator,
  // Hangul fillers, line/paragraph separators, tag characters U+E0000–E007F).
  it.each([
    ['soft hyphen', '\u00ad'],
    ['Mongolian vowel separator', '\u180e'],
    ['Hangul choseong filler', '\u115f'],
    ['Hangul filler', '\u3164'],
    ['halfwidth Hangul filler', '\uffa0'],
    ['language tag', '\u{e0001}'],
    ['tag space', '\u{e0020}'],
    ['tag letter a', '\u{e0061}'],
    ['cancel tag', '\u{e007f}'],
    ['interlinear annotation anchor', '\ufff9'],
  ])('drops the %s', (_name, c) => {
    expect(plainText(`Fr${c}ont${c}`)).toBe('Front');
    expect(markdownText(`Fr${c}ont`)).toBe('Front');
  });

  it('turns line and paragraph separators (U+2028/U+2029) into spaces, keeping one line', () => {
    expect(plainText('Front\u2028# Door\u2029x')).toBe('Front # Door x');
    expect(markdownText('a\u2028# b')).toBe('a \\# b');
  });

  it('keeps visible text that is not Latin, emoji included', () => {
    expect(plainText('Küche 台所 🚪 Дверь')).toBe('Küche 台所 🚪 Дверь');
  });

  it('turns newlines and tabs into spaces and trims', () => {
    expect(plainText('  a\nb\tc  ')).toBe('a b c');
  });

  it('truncates long names to the limit, marking the cut', () => {
    const out = plainText('x'.repeat(1000));
    expect(out).toHaveLength(200);
    expect(out.endsWith('…')).toBe(true);
    expect(plainText('abcdef', 4)).toBe('abc…');
    expect(plainText('abcd', 4)).toBe('abcd');
  });

  // A cut at a UTF-16 code unit would leave a lone surrogate (printed as U+FFFD) before the '…'.
  it('does not split a character in two when truncating', () => {
    const out = plainText('😀'.repeat(300));
    expect(out.endsWith('…')).toBe(true);
    expect(Array.from(out)).toHaveLength(200);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('markdownText', () => {
  it.each(['[', ']', '<', '>', '*', '_', '`', '|', '#', '!'])('escapes %s', (c) => {
    expect(markdownText(`a${c}b`)).toBe(`a\\${c}b`);
  });

  // Issue 24 (review M7): escapes leaked into the report's own words ("Ende\-zu\-Ende", "Menü \(☰\)").
  it.each(['Ende-zu-Ende', 'Menü (☰)', "it's", 'Tom & Jerry', 'Ring {Beta}', 'über „Control Center“.'])('leaves ordinary text as it is: %s', (text) => {
    expect(markdownText(text)).toBe(text);
  });

  it('still escapes what would make markup at the start, an entity or a domain', () => {
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('1. item')).toBe('1\\. item');
    expect(markdownText('&amp;')).toBe('\\&amp;');
    expect(markdownText('www.evil.example')).toBe('www\\.evil\\.example');
  });

  it('cannot form a link or a tag', () => {
    expect(markdownText(LINK)).not.toMatch(RAW_LINK);
    expect(markdownText(TAG)).not.toMatch(RAW_TAG);
    expect(markdownText(TAG)).not.toMatch(/(?<!\\)[<>]/);
  });

  it('also strips control characters first', () => {
    expect(markdownText('\u001b[1m')).toBe('\\[1m');
  });
});

describe('formatted reports of a hostile device name', () => {
  const body = { doorbots: [{ id: 1, description: `${TAG} ${LINK}\u001b[2J`, owned: false }], chimes: [] };
  const t = bundledTranslator('en');
  const report = buildReport([readCapture(devicesCapture(body))], { t, locale: 'en', toolVersion: '0.1.0', now: NOW });

  it('keeps the name as data in the report, for the formatters to escape', () => {
    expect(report.findings.map((f) => f.subject.name)).toContain(`${TAG} ${LINK}\u001b[2J`);
  });

  it('gives Markdown with no raw tag and no link', () => {
    const md = formatMarkdown(report, t);
    expect(md).toContain('img src=x onerror=alert');
    expect(md).not.toMatch(RAW_TAG);
    expect(md).not.toMatch(RAW_LINK);
  });

  it('gives terminal text without escape characters', () => {
    const text = formatText(report, t);
    expect(text).toContain(TAG);
    expect(text).not.toContain('\u001b');
  });
});
