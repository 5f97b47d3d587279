import type { Translate } from '../i18n/translate.ts';

/**
 * The people of a shared-users finding (`details.people`, "Max Muster (shared_user); Eva (owner)", or names
 * alone from the Control Center list) compared between two scans: who was added, who is gone, whose role changed.
 * Page-derived names: the caller renders them as text.
 */
export interface Person {
  name: string;
  role: string | null;
}

function parsePeople(value: string | number | boolean | null): Person[] {
  if (typeof value !== 'string' || value.trim() === '') return [];
  return value.split('; ').map((entry) => {
    const m = /^(.*) \(([a-z_]{1,40})\)$/.exec(entry);
    return m ? { name: m[1]!, role: m[2]! } : { name: entry, role: null };
  });
}

export function peopleChange(
  before: string | number | boolean | null,
  after: string | number | boolean | null,
): { added: Person[]; removed: Person[]; roleChanged: { name: string; role: string | null }[] } {
  const was = new Map(parsePeople(before).map((p) => [p.name, p.role]));
  const now = parsePeople(after);
  const nowNames = new Set(now.map((p) => p.name));
  return {
    added: now.filter((p) => !was.has(p.name)),
    removed: [...was.entries()].filter(([name]) => !nowNames.has(name)).map(([name, role]) => ({ name, role })),
    roleChanged: now.filter((p) => was.has(p.name) && was.get(p.name) !== p.role).map((p) => ({ name: p.name, role: p.role })),
  };
}

/** Ring's roles in the words of Ring's apps ("shared user", „gemeinsamer Nutzer"); an unknown role is not shown raw. */
export function roleWords(role: string | null, t: Translate): string {
  const key = `role_${role ?? 'unknown'}`;
  const text = /^[a-z_]{1,40}$/.test(role ?? 'unknown') ? t(key) : '';
  return text && text !== key ? text : t('role_other');
}
