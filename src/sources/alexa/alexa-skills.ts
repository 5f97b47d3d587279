import type { AlexaSkill } from '../../model/alexa.ts';
import { JsonReader, isObject, readEntries } from '../json-reader.ts';

/** The products list inside the UI-toolkit blocks: block "data" → contents id "skillsPageData" → contents.products. */
function productsOf(body: unknown): unknown[] | null {
  if (!Array.isArray(body)) return null;
  const data = body.find((b) => isObject(b) && b['block'] === 'data');
  const contents = isObject(data) && Array.isArray(data['contents']) ? data['contents'] : [];
  const page = contents.find((c) => isObject(c) && c['id'] === 'skillsPageData');
  const inner = isObject(page) && isObject(page['contents']) ? page['contents']['products'] : null;
  return Array.isArray(inner) ? inner : null;
}

export function looksLikeYourSkills(body: unknown): boolean {
  return productsOf(body) !== null;
}

/** `skills-store.amazon.<tld>/app/secure/your-skills-page` → enabled skills. */
export function readYourSkills(body: unknown, reader: JsonReader): AlexaSkill[] {
  const products = productsOf(body);
  if (!products) {
    reader.note('error', 'missing-field', 'skillsPageData.products', 'No skills list in the page data.');
    return [];
  }
  return readEntries(reader, products, 'skillsPageData.products', (p, i) => {
    if (!isObject(p)) return null;
    const at = `products[${i}]`;
    const meta = reader.object(p, 'productMetadata', at);
    const skillId = meta ? reader.string(meta, 'skillId', `${at}.productMetadata`) : null;
    if (!skillId) return null;
    const details = reader.object(p, 'productDetails', at);
    const types = details ? (reader.array(details, 'skillTypes', `${at}.productDetails`) ?? []).filter((t): t is string => typeof t === 'string') : [];
    return { skillId, title: reader.string(p, 'title', at) ?? skillId, types };
  });
}
