// ESLint keeps the popup and the report page from importing each other; this does the same for their HTML.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../fixtures.ts';

const PAGES = ['popup', 'report-page', 'privacy-page'] as const;

function links(page: string): string[] {
  const html = readFileSync(resolve(REPO_ROOT, `src/${page}/index.html`), 'utf8');
  return [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
}

it.each(PAGES)('%s links only its own files, src/ui and the public folder', (page) => {
  for (const href of links(page)) expect(href, href).toMatch(/^(\.\/|\.\.\/ui\/|\/icons\/)/);
});
