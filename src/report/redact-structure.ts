import type { PageStructure, StructureNode } from '../model/page-structure.ts';
import { SETTING_LABELS as RING_LABELS, LIST_LABELS as RING_LISTS } from '../sources/ring/control-center-labels.ts';
import { SETTING_LABELS as AMAZON_LABELS, PERMISSION_LABELS, RETENTION_OPTIONS } from '../sources/alexa/amazon-labels.ts';

/** Words a settings page uses for state and structure; kept because they identify nobody. */
const UI_WORDS =
  /^(on|off|enabled|disabled|an|aus|ein|aktiviert|deaktiviert|remove|entfernen|manage|verwalten|save|speichern|cancel|abbrechen|settings|einstellungen|control center|kontosteuerung|account control|community control|privacy|datenschutz|learn more|mehr erfahren|yes|no|ja|nein)$/i;

const KNOWN: readonly RegExp[] = [...RING_LABELS, ...RING_LISTS, ...AMAZON_LABELS, ...PERMISSION_LABELS, ...RETENTION_OPTIONS].map(([, pattern]) => pattern);

/** Things that identify a person or an account, scrubbed even inside kept labels and class names. */
const SCRUB: readonly [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  [/https?:\/\/\S+/gi, '[url]'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '[id]'],
  [/\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{12,}\b/g, '[token]'],
  [/\+?\d[\d\s()/.-]{5,}\d/g, '[number]'],
  [/\d{3,}/g, '[number]'],
];

export function scrub(text: string): string {
  return SCRUB.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** A text survives only when it is a known label or a UI word (and then still scrubbed); otherwise its length. */
export function redactText(text: string): string {
  const trimmed = text.trim();
  // A label is kept only when the known words are most of it: "Amazon Sidewalk", not "Sidewalk at Musterstraße 1".
  const isLabel = trimmed.length <= 80 && KNOWN.some((pattern) => (pattern.exec(trimmed)?.[0].length ?? 0) >= 0.6 * trimmed.length);
  if (UI_WORDS.test(trimmed) || isLabel) return scrub(trimmed);
  return `[text:${trimmed.length}]`;
}

function redactNode(node: StructureNode): StructureNode {
  const out: StructureNode = { tag: node.tag.replace(/[^a-z0-9-]/gi, '').slice(0, 20) };
  if (node.role) out.role = scrub(node.role);
  if (node.attrs)
    out.attrs = Object.fromEntries(
      Object.entries(node.attrs).map(([k, v]) => [k.replace(/[^a-z0-9-]/gi, '').slice(0, 40), /^(true|false|mixed|on|off|\[value\])$/.test(v) ? v : scrub(v)]),
    );
  if (node.classes) out.classes = scrub(node.classes);
  if (node.text) out.text = /^\[text:\d+\]$/.test(node.text) ? node.text : redactText(node.text);
  if (node.children) out.children = node.children.map(redactNode);
  return out;
}

/**
 * The snapshot the user sees and may save: element structure, roles, state attributes and the label texts
 * Alexposé knows; every other text is replaced by its length, and anything that looks like an e-mail, URL,
 * id, phone number, serial or token is scrubbed.
 */
export function redactStructure(structure: PageStructure, tool: { name: string; version: string }, at: string): string {
  return JSON.stringify(
    {
      tool,
      createdAt: at,
      note: 'Redacted structural snapshot of a page Alexposé did not fully recognise. Texts other than known labels are replaced by their length.',
      path: scrub(structure.path),
      lang: structure.lang,
      truncated: structure.truncated,
      nodes: structure.nodes.map(redactNode),
    },
    null,
    1,
  );
}
