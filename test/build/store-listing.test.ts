import { existsSync, readFileSync } from 'node:fs';
import { builtManifest, requireBuild, TARGETS } from './built-files.ts';
import { privacyPolicyMarkdown } from '../../scripts/release-privacy-policy.mjs';

/**
 * The store listings (store/) are complete in both languages, within the stores' limits, justify every
 * permission the built manifests ask for, carry the extension's own privacy policy, and say no more than
 * the catalog does.
 */
const LANGS = ['en', 'de'] as const;
const LISTINGS = ['chrome-web-store', 'addons-mozilla-org'] as const;
const read = (path: string) => readFileSync(path, 'utf8');

/** The text under each `## heading`, trimmed. */
function fields(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    out.set(heading!.trim(), body.join('\n').trim());
  }
  return out;
}

const HEADINGS: Record<(typeof LANGS)[number], Record<(typeof LISTINGS)[number], string[]>> = {
  en: {
    'chrome-web-store': [
      'Name',
      'Summary',
      'Description',
      'Category',
      'Language',
      'Screenshots',
      'Single purpose',
      'Permission justification',
      'Are you using remote code?',
      'Data usage',
      'Privacy policy',
    ],
    'addons-mozilla-org': [
      'Name',
      'Summary',
      'Description',
      'Category',
      'Licence',
      'Screenshots',
      'Single purpose',
      'Permission justification',
      'Data collection',
      'Privacy policy',
      'Notes to reviewer',
    ],
  },
  de: {
    'chrome-web-store': [
      'Name',
      'Kurzbeschreibung',
      'Beschreibung',
      'Kategorie',
      'Sprache',
      'Screenshots',
      'Einziger Zweck',
      'Begründung der Berechtigungen',
      'Verwenden Sie Remote-Code?',
      'Datennutzung',
      'Datenschutzerklärung',
    ],
    'addons-mozilla-org': [
      'Name',
      'Kurzbeschreibung',
      'Beschreibung',
      'Kategorie',
      'Lizenz',
      'Screenshots',
      'Einziger Zweck',
      'Begründung der Berechtigungen',
      'Datenerhebung',
      'Datenschutzerklärung',
      'Hinweise für die Prüfung',
    ],
  },
};
const SUMMARY_LIMIT = { 'chrome-web-store': 132, 'addons-mozilla-org': 250 };

/** Phrasings stronger than the catalog: police access is "with a warrant or legal process", or Ring's emergency exception. */
const OVERSTATED = [
  /police can (get|see|watch|access|view)/i,
  /Polizei kann (Ihre|die) (Videos|Aufnahmen)/i,
  /\b(always|jederzeit) (shares?|teilt)/i,
  /\b(spies|spying|spioniert)\b/i,
  /\b(guarantee[sd]?|garantiert)\b/i,
  /\b(100 ?%|completely safe|völlig sicher)\b/i,
  /\bwithout a warrant\b(?![^.]*(guidelines|imminent danger))/i,
  /\bohne (richterlichen )?Beschluss\b(?![^.]*(Richtlinien|unmittelbare Gefahr))/i,
];

describe('store listings', () => {
  beforeAll(requireBuild);

  describe.each(LANGS)('%s', (lang) => {
    it.each(LISTINGS)('%s: every field filled, summary within the limit', (listing) => {
      const f = fields(read(`store/${lang}/${listing}.md`));
      const headings = HEADINGS[lang][listing];
      expect([...f.keys()]).toEqual(headings);
      for (const heading of headings) expect(f.get(heading), heading).not.toBe('');
      const summary = f.get(headings[1]!)?.split('\n').at(-1) ?? '';
      expect(summary.length).toBeGreaterThan(60);
      expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT[listing]);
    });

    it.each(LISTINGS)('%s: justifies every permission, host and content-script match of both manifests', (listing) => {
      const justification = fields(read(`store/${lang}/${listing}.md`)).get(HEADINGS[lang][listing][7]!) ?? '';
      for (const target of TARGETS) {
        const m = builtManifest(target);
        const scripts = (m['content_scripts'] as { matches: string[] }[]).flatMap((s) => s.matches);
        const wanted = [
          ...(m['permissions'] as string[]),
          ...(m['optional_permissions'] as string[]),
          ...(m['host_permissions'] as string[]),
          ...(m['optional_host_permissions'] as string[]),
          ...scripts,
        ];
        for (const item of new Set(wanted)) expect(justification, `${target}: ${item}`).toContain(`\`${item}\``);
      }
    });

    it.each(LISTINGS)('%s: no claim stronger than the catalog', (listing) => {
      const text = read(`store/${lang}/${listing}.md`);
      for (const pattern of OVERSTATED) expect(text).not.toMatch(pattern);
    });

    it('the privacy policy is the extension page text, current', () => {
      const path = `store/${lang}/privacy-policy.md`;
      expect(existsSync(path)).toBe(true);
      expect(read(path), 'run node scripts/release-privacy-policy.mjs').toBe(privacyPolicyMarkdown(lang));
    });
  });
});
