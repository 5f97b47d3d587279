// Writes store/{en,de}/privacy-policy.md from the same _locales texts the extension's privacy page shows,
// so the policy the stores link to and the one inside the extension cannot drift apart.
// Usage: node scripts/release-privacy-policy.mjs   (test/build/store-listing.test.ts fails when they differ)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LANGS = ['en', 'de'];
const SECTIONS = [
  ['privacy_reads_heading', 'privacy_reads'],
  ['privacy_requests_heading', 'privacy_requests'],
  ['privacy_stored_heading', 'privacy_stored'],
  ['privacy_shared_heading', 'privacy_shared'],
];
const PERMISSIONS = ['storage', 'ring', 'amazon', 'alexa', 'notifications'].map((p) => `privacy_permission_${p}`);
const VERSION_WORDS = { en: 'the version published with this text', de: 'die mit diesem Text veröffentlichte Version' };

export function privacyPolicyMarkdown(lang) {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
  const m = (key) => {
    if (!messages[key]) throw new Error(`${lang}: ${key} missing`);
    return messages[key].message;
  };
  return (
    [
      `# ${m('privacy_title')}`,
      `**${m('privacy_summary')}**`,
      ...SECTIONS.flatMap(([heading, text]) => [`## ${m(heading)}`, m(text)]),
      `## ${m('privacy_permissions_heading')}`,
      PERMISSIONS.map((key) => `- ${m(key)}`).join('\n'),
      `## ${m('privacy_erase_heading')}`,
      m('privacy_erase'),
      m('privacy_version').replace('$1', VERSION_WORDS[lang]),
    ].join('\n\n') + '\n'
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const lang of LANGS) writeFileSync(`store/${lang}/privacy-policy.md`, privacyPolicyMarkdown(lang));
  console.log('wrote store/{en,de}/privacy-policy.md');
}
