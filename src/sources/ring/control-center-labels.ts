import type { ControlListKey, ControlSettingKey } from '../../model/ring.ts';

/**
 * Control Center labels in English and German, matched by meaning. Ring's web markup is not public,
 * so these come from Ring's help pages and app screenshots (see ../shared/knowledge/ring-web.md);
 * a label that matches nothing is reported, never guessed.
 * Order matters: the first match wins.
 */
export const SETTING_LABELS: readonly (readonly [ControlSettingKey, RegExp])[] = [
  ['sidewalk', /amazon sidewalk/i],
  [
    'community-requests',
    /community[ -]?(requests?|anfragen)|video ?requests?|videoanfragen|request for assistance|anfragen (aus|der) (der )?(community|gemeinschaft)/i,
  ],
  ['natural-hazards', /natural hazards|fire watch|naturgefahren|brandwache/i],
  ['search-party', /search party|lost pets|(verlorene|vermisste)n? haustiere/i],
  ['familiar-faces', /familiar faces|bekannte gesichter|vertraute gesichter/i],
  ['ai-video-descriptions', /video ?descriptions?|videobeschreibung/i],
  ['snapshot-capture', /snapshot capture|schnappschuss-?aufnahme|24\/7[- ]?snapshots?/i],
  ['e2ee', /end-to-end|ende-zu-ende/i],
  ['alexa-link', /amazon account linking|amazon-kontoverknüpfung|verknüpfung (mit dem|des) amazon-kontos/i],
  ['video-storage', /video (and snapshot )?storage time|storage time|speicherdauer|speicherfrist/i],
  ['neighbors', /\bneighbou?rs\b|\bnachbarn\b/i],
];

export const LIST_LABELS: readonly (readonly [ControlListKey, RegExp])[] = [
  ['authorized-devices', /authori[sz]ed (client )?devices|autorisierte (client-?)?geräte/i],
  ['shared-users', /shared users|gemeinsame (nutzer|benutzer)/i],
  ['amazon-devices', /amazon devices connected|amazon-geräte/i],
  ['linked-accounts', /linked accounts|verknüpfte konten|third[- ]party services|drittanbieter/i],
];

const ON = /\b(enabled|turned on|active|linked|connected|aktiviert|eingeschaltet|aktiv|verknüpft|verbunden)\b/i;
const OFF =
  /\b(disabled|turned off|inactive|not linked|not connected|deaktiviert|ausgeschaltet|inaktiv|nicht verknüpft|nicht verbunden|not enabled|nicht aktiviert)\b/i;

/** State words in a row's text, for settings shown as text instead of a switch. Negations first. */
export function stateFromWords(text: string): 'on' | 'off' | null {
  if (OFF.test(text)) return 'off';
  if (ON.test(text)) return 'on';
  return null;
}

export function daysIn(text: string): number | null {
  const m = /(\d{1,3})\s*(days?|tage?n?)\b/i.exec(text);
  return m?.[1] ? Number(m[1]) : null;
}

export function settingKeyOf(text: string | null): ControlSettingKey | null {
  if (!text) return null;
  return SETTING_LABELS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

export function listKeyOf(text: string | null): ControlListKey | null {
  if (!text) return null;
  return LIST_LABELS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}
