import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { distOf, filesUnder, requireBuild, TARGETS } from './built-files.ts';

/** Links the bundles may contain: help and account pages, and XML namespaces (not fetched). */
const ALLOWED_URL = /^https:\/\/([a-z0-9-]+\.)*(ring\.com|amazon\.[a-z.]+)(\/|$)|^http:\/\/www\.w3\.org\//;

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
