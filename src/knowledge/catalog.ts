// The catalog is the finding modules' entries (src/findings); this path stays for its readers.
export type { CatalogEntry, LocalizedUrl } from '../findings/catalog-entry.ts';
export { CATALOG } from '../findings/lookups.ts';

/** `ring.e2ee-off` + `title` → `finding_ring_e2ee_off_title` (Chrome message names allow only [A-Za-z0-9_@]). */
export function findingMessageKey(findingId: string, part: string): string {
  return `finding_${findingId.replace(/[^A-Za-z0-9]/g, '_')}_${part}`;
}

/** Message key of an Alexa interface's plain-language meaning, e.g. `iface_Alexa_LockController`. */
export function interfaceMessageKey(name: string): string {
  return `iface_${name.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Message key of a skill permission scope's name, e.g. `perm_alexa__profile_email_read`. */
export function permissionMessageKey(scope: string): string {
  return `perm_${scope.replace(/[^A-Za-z0-9]/g, '_')}`;
}
