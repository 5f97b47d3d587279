import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { distOf, filesUnder, requireBuild, TARGETS } from './built-files.ts';
import { VENDOR_CHANGES } from '../../src/knowledge/vendor-changes.ts';

/** Links the bundles may contain: help and account pages, and XML namespaces (not fetched). */
const OFFICIAL_URL = /^https:\/\/([a-z0-9-]+\.)*(ring\.com|amazon\.[a-z.]+)(\/|$)|^http:\/\/www\.w3\.org\//;
/** Besides them, exactly the sources the dated register of vendor changes cites, shown as links and never fetched. */
const REGISTER_SOURCES = new Set(VENDOR_CHANGES.map((c) => c.source.url));
const ALLOWED_URL = { test: (url: string) => OFFICIAL_URL.test(url) || REGISTER_SOURCES.has(url) };

describe.each(TARGETS)('%s bundles', (target) => {
  beforeAll(requireBuild);
  const files = () => filesUnder(distOf(target), /\.(js|html)$/).map((path) => ({ path: relative(distOf(target), path), text: readFileSync(path, 'utf8') }));

  it('contain no eval, no Function constructor and no string timers', () => {
    for (const { path, text } of files()) {
      expect({ path, hit: /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]|set(Timeout|Interval)\s*\(\s*["'`]/.exec(text)?.[0] ?? null }).toEqual({
        path,
        hit: null,
      });
    }
  });

  it('load no remote script and name no host outside the official help and account pages', () => {
    for (const { path, text } of files()) {
      expect({ path, hit: /importScripts\s*\(|import\s*\(\s*["'`]https?:|<script[^>]+src=["']?https?:/i.exec(text)?.[0] ?? null }).toEqual({ path, hit: null });
      const urls = text.match(/https?:\/\/[^\s"'`<>)\\]+/g) ?? [];
      expect({ path, outside: urls.filter((u) => !ALLOWED_URL.test(u)) }).toEqual({ path, outside: [] });
    }
  });
});
