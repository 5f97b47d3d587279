// Sets the version everywhere it lives, in one step: package.json, package-lock.json (the manifest of
// both builds reads package.json; the CLI and every report take it from there or from the manifest) and
// CHANGELOG.md, whose "Unreleased" section becomes the new version's.
// Usage: npm run set-version -- 0.2.0   (not `npm run version`: npm reserves that name for its own hook)
import { readFileSync, writeFileSync } from 'node:fs';

const next = process.argv[2] ?? '';
// Both stores take 1–4 dot-separated integers without leading zeros; no pre-release tags.
if (!/^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/.test(next)) {
  console.error('usage: npm run set-version -- MAJOR.MINOR.PATCH (e.g. 0.2.0)');
  process.exit(2);
}

const editJson = (file, edit) => {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  edit(json);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
};
let previous = '';
editJson('package.json', (pkg) => {
  previous = pkg.version;
  pkg.version = next;
});
editJson('package-lock.json', (lock) => {
  lock.version = next;
  lock.packages[''].version = next;
});

const date = new Date().toISOString().slice(0, 10);
const changelog = readFileSync('CHANGELOG.md', 'utf8');
if (changelog.includes('\n## Unreleased\n')) {
  writeFileSync('CHANGELOG.md', changelog.replace('\n## Unreleased\n', `\n## Unreleased\n\n## ${next} — ${date}\n`));
} else {
  console.warn('CHANGELOG.md has no "## Unreleased" section: add the notes for this version by hand');
}
console.log(`version ${previous} → ${next}: package.json, package-lock.json, CHANGELOG.md (manifests follow package.json)`);
