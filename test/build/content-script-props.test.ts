/**
 * The build shortens the isolated content scripts' own property names (content-script-props.config.ts). Safe only
 * while none of them is also a property of an API the scripts call or of what they send: checked here against
 * TypeScript's DOM and JavaScript declarations, the WebExtension API's, and the message and page-document types.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SCRIPT_OWN_PROPS } from '../../content-script-props.config.ts';
import { distOf, requireBuild, TARGETS } from './built-files.ts';

const declarations = (dir: string, name: RegExp) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => name.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'));

/** Every member name a declaration file declares (properties, methods, accessors), quoted or not. */
function memberNames(texts: string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(/^\s*(?:readonly\s+|static\s+|get\s+|set\s+)*["']?([A-Za-z_$][\w$]*)["']?\??\s*[:(<]/gm)) names.add(m[1]!);
  return names;
}

describe('the content scripts’ shortened property names', () => {
  it('are none of the DOM’s, JavaScript’s or the WebExtension API’s', () => {
    const apis = memberNames([
      ...declarations('node_modules/typescript/lib', /^lib\.(dom|es\d{4}|es5|esnext|decorators|scripthost).*\.d\.ts$/),
      ...declarations('node_modules/@types/webextension-polyfill', /\.d\.ts$/),
    ]);
    expect(apis.has('addEventListener') && apis.has('runtime') && apis.has('groups')).toBe(true);
    expect(CONTENT_SCRIPT_OWN_PROPS.filter((name) => apis.has(name))).toEqual([]);
  });

  it('are no field of a message or of a page document the scripts send', () => {
    const contract = ['messages.ts', 'content-messages.ts', 'page-outline.ts', 'page-structure.ts']
      .map((f) => readFileSync(join('src/model', f), 'utf8'))
      .concat(readFileSync('src/content/capture-message.ts', 'utf8'));
    const fields = new Set(contract.flatMap((text) => [...text.matchAll(/\b([A-Za-z_$][\w$]*)\??:/g)].map((m) => m[1]!)));
    expect(fields.has('capturedAt') && fields.has('controls')).toBe(true);
    expect(CONTENT_SCRIPT_OWN_PROPS.filter((name) => fields.has(name))).toEqual([]);
  });

  describe.each(TARGETS)('%s build', (target) => {
    beforeAll(requireBuild);
    const script = (name: string) => readFileSync(join(distOf(target), 'src/content', name), 'utf8');
    // Anywhere, strings included: a name compared as a string (an endpoint's name) would no longer match its key.
    const named = (text: string) => CONTENT_SCRIPT_OWN_PROPS.filter((name) => new RegExp(`\\b${name}\\b`).test(text));

    it('names none of them in the isolated scripts, not even in a string', () => {
      expect(named(script('ring-content.iife.js'))).toEqual([]);
      expect(named(script('amazon-content.iife.js'))).toEqual([]);
    });
  });
});
