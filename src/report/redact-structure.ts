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

/**
 * A text survives only when it is a known label or a UI word (and then still scrubbed); otherwise its length. Of a
 * label only the known words survive: whatever stands beside them (a first name, "Maria's") is given as its length.
 */
export function redactText(text: string): string {
  const trimmed = text.trim();
  if (UI_WORDS.test(trimmed)) return scrub(trimmed);
  // A label is kept only when the known words are most of it: "Amazon Sidewalk", not "Sidewalk at Musterstraße 1".
  const match = trimmed.length <= 80 ? KNOWN.map((pattern) => pattern.exec(trimmed)).find((m) => m !== null && m[0].length >= 0.6 * trimmed.length) : undefined;
  if (!match) return `[text:${trimmed.length}]`;
  const before = trimmed.slice(0, match.index).trim();
  const after = trimmed.slice(match.index + match[0].length).trim();
  return [before ? `[text:${before.length}]` : '', scrub(match[0].trim()), after ? `[text:${after.length}]` : ''].filter(Boolean).join(' ');
}

/** Attribute values kept as they are: states, and input types (`checkbox`, `radio`); anything else (a `data-testid`) is replaced. */
function redactAttr(name: string, value: string): string {
  if (/^(true|false|mixed|on|off|\[value\])$/.test(value)) return value;
  return name === 'type' && /^[a-z]{1,20}$/.test(value) ? value : '[value]';
}

function redactNode(node: StructureNode): StructureNode {
  const out: StructureNode = { tag: node.tag.replace(/[^a-z0-9-]/gi, '').slice(0, 20) };
  if (node.role) out.role = scrub(node.role);
  if (node.attrs)
    out.attrs = Object.fromEntries(
      Object.entries(node.attrs).map(([k, v]) => {
        const name = k.replace(/[^a-z0-9-]/gi, '').slice(0, 40);
        return [name, redactAttr(name, v)];
      }),
    );
  // Class names can carry names and ids (`user-maria`, a build hash): only how many there were is kept.
  if (node.classes) out.classes = `[classes:${node.classes.trim().split(/\s+/).filter(Boolean).length}]`;
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
