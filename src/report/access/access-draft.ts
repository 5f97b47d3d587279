import type { Service } from '../../model/diagnostics.ts';
import type { AccessKind } from '../../model/report.ts';
import type { Finding } from '../../findings/define-finding.ts';

/** A piece of an entry's detail: page text as the account shows it, a message, or a counted message. */
export type DetailPart = { text: string } | { key: string; args?: string[] } | { plural: string; count: number };

/** An access entry before it is put into words: what it is, what names it, and which finding's steps remove it. */
export interface AccessDraft {
  id: string;
  kind: AccessKind;
  service: Service;
  name: string;
  /** A message that names it in the user's language instead of `name` (for names Alexposé gives, not the account). */
  nameKey?: string;
  detail: DetailPart[];
  verified: boolean | null;
  evidence: { source: string; field: string };
  /** The finding module whose official steps and page remove this entry. */
  removedAs: Finding;
}

/** Ids of Control Center entries with the same name (two "Chrome on Linux") stay apart and stable: `name#2`. */
export function numbered(prefix: string, names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? `${prefix}${name}` : `${prefix}${name}#${n}`;
  });
}

/**
 * A Control Center list item ("Pixel 8 · Ring app · Berlin, DE · last active today") split into the name and
 * the rest as the page shows it. Lines without a separator are all name.
 */
export function splitListItem(item: string): { name: string; rest: string } {
  const parts = item
    .split(/\s+[·•|]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { name: parts[0] ?? item.trim(), rest: parts.slice(1).join(' · ') };
}
