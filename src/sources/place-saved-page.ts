import { AMAZON_HOST } from './alexa/endpoints.ts';
import { APPS_PAGE } from './alexa/amazon-labels.ts';

/**
 * Where a saved page came from, so its reader can be chosen by origin and never by guesswork: a Ring
 * reader must never read an Amazon page. Signals, strongest first:
 * 1. `<link rel="canonical">` (kept by both browsers, it is part of the DOM);
 * 2. Chrome's mark of the web, `<!-- saved from url=(NNNN)URL -->`, written before `<html>` on
 *    "Save page as" (Blink `FrameSerializer::MarkOfTheWebDeclaration`; NNNN is the URL's length);
 * 3. `<meta property="og:url">` (Open Graph);
 * 4. the content: absolute links to the service's own origin (Chrome resolves every URL when it saves),
 *    the marketplace in an Amazon title ("Amazon.de: …"), the page's language, and its title or headings.
 * Firefox writes no mark of the web, so its saved pages are placed by 1, 3 or 4.
 */
export type PlacedBy = 'canonical' | 'saved-from' | 'og:url' | 'content';

export interface Placement {
  url: string;
  by: PlacedBy;
  service: 'ring' | 'amazon' | 'other';
}

const SAVED_FROM = /<!--\s*saved from url=\((\d{4})\)(\S+?)\s*-->/i;

export function placeSavedPage(document: Document, text: string): Placement | null {
  const signals: [PlacedBy, string | null][] = [
    ['canonical', document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null],
    ['saved-from', savedFromUrl(text)],
    ['og:url', document.querySelector('meta[property="og:url" i]')?.getAttribute('content') ?? null],
  ];
  for (const [by, raw] of signals) {
    const url = httpUrl(raw);
    if (url) return { url: url.href, by, service: serviceOf(url) };
  }
  const url = urlFromContent(document);
  return url ? { url: url.href, by: 'content', service: serviceOf(url) } : null;
}

/** The URL of Chrome's mark of the web; it sits before `<html>`, so only the head of the file is searched. */
function savedFromUrl(text: string): string | null {
  const m = SAVED_FROM.exec(text.slice(0, 4096));
  // Chrome escapes the second `-` of `--` as %2D so the URL cannot end the comment; URL parsing keeps it as is.
  return m?.[2] ?? null;
}

function httpUrl(raw: string | null): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function serviceOf(url: URL): Placement['service'] {
  if (AMAZON_HOST.test(url.hostname)) return 'amazon';
  return url.hostname === 'ring.com' || url.hostname.endsWith('.ring.com') ? 'ring' : 'other';
}

const AMAZON_TITLE = /^\s*amazon\.(com|de|co\.uk|fr|it|es|ca|com\.au)\b/i;
const AMAZON_BY_LANG: Record<string, string> = {
  de: 'de',
  'de-de': 'de',
  'en-us': 'com',
  'en-gb': 'co.uk',
  fr: 'fr',
  'fr-fr': 'fr',
  'fr-ca': 'ca',
  it: 'it',
  'it-it': 'it',
  es: 'es',
  'es-es': 'es',
  'en-ca': 'ca',
  'en-au': 'com.au',
};
const ALEXA_PRIVACY = /alexa[ -]?(privacy|datenschutz)|confidentialité d'alexa|privacidad de alexa|privacy di alexa/i;
const CONTENT_AND_DEVICES = /manage your content and devices|inhalte und geräte|content (and|&) devices/i;
const CONTROL_CENTER = /control[ -]?center/i;
/** "Ring | Dashboard", "Control Center | Ring". */
const RING_TITLE = /(^|\|)\s*ring\s*(\||$)/i;

/** A URL from what the page says about itself; null when it does not say enough to be sure of the service. */
function urlFromContent(document: Document): URL | null {
  const hrefs = [...document.querySelectorAll('a[href], form[action], link[href]')]
    .slice(0, 2000)
    .map((el) => httpUrl(el.getAttribute('href') ?? el.getAttribute('action')))
    .filter((u): u is URL => u !== null);
  const title = document.querySelector('title')?.textContent ?? '';
  const headings = [...document.querySelectorAll('h1, h2')].slice(0, 20).map((h) => h.textContent ?? '');
  const words = [title, ...headings].join('\n');
  const amazonHost = mostFrequent(hrefs.map((u) => u.hostname).filter((h) => /^www\./.test(h) && AMAZON_HOST.test(h))) ?? amazonHostFromTitle(title);
  const ringLinked = hrefs.some((u) => u.hostname === 'account.ring.com') || document.querySelector('script#__NEXT_DATA__') !== null;
  const amazonMarked = amazonHost !== null || hrefs.some((u) => AMAZON_HOST.test(u.hostname)) || ALEXA_PRIVACY.test(words) || CONTENT_AND_DEVICES.test(words);
  if (amazonMarked) {
    const host = amazonHost ?? amazonHostFromLang(document.documentElement?.getAttribute('lang') ?? '');
    // An Amazon page whose marketplace cannot be told is not placed: a wrong country would give wrong findings.
    return host ? amazonUrl(host, amazonPagePath(title) ?? amazonPagePath(words) ?? '/') : null;
  }
  if (ringLinked || RING_TITLE.test(title)) {
    return new URL(CONTROL_CENTER.test(words) ? '/account/control-center' : '/account/dashboard', 'https://account.ring.com');
  }
  return null;
}

/** A URL on the given Amazon host, built without a templated origin so the bundle names no host it does not mean. */
function amazonUrl(host: string, path: string): URL {
  const url = new URL(path, 'https://www.amazon.com');
  url.hostname = host;
  return url;
}

/** The settings page an Amazon page is, by its title or headings; null for any other Amazon page. */
function amazonPagePath(words: string): string | null {
  if (ALEXA_PRIVACY.test(words)) return '/alexa-privacy/apd/';
  if (APPS_PAGE.test(words)) return '/ap/adam';
  if (CONTENT_AND_DEVICES.test(words)) return '/hz/mycd/digital-console/';
  return null;
}

function amazonHostFromTitle(title: string): string | null {
  const m = AMAZON_TITLE.exec(title);
  return m?.[1] ? `www.amazon.${m[1].toLowerCase()}` : null;
}

function amazonHostFromLang(lang: string): string | null {
  const tld = AMAZON_BY_LANG[lang.trim().toLowerCase()];
  return tld ? `www.amazon.${tld}` : null;
}

function mostFrequent(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}
