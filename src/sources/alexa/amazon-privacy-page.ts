import type { AmazonSetting, ConnectedApp, SkillPermission } from '../../model/alexa.ts';
import type { OutlineControl, PageOutline } from '../../model/page-outline.ts';
import type { UnknownSetting } from '../../model/unknown-setting.ts';
import { JsonReader, isObject } from '../json-reader.ts';
import { unknownSettingLabel } from '../unknown-setting-label.ts';
import { APPS_LIST, APPS_PAGE, PERMISSIONS_PAGE, PERMISSION_LABELS, RETENTION_OPTIONS, SETTING_LABELS, firstMatch } from './amazon-labels.ts';
import { PERMISSION_BY_LABEL } from './permission-labels.ts';

/** A permission heading → its scope: the exact label first, then by meaning. */
function permissionOf(label: string | null): string | null {
  if (!label) return null;
  return PERMISSION_BY_LABEL[label.trim().toLowerCase()] ?? firstMatch(PERMISSION_LABELS, label);
}

export interface AmazonPageRecords {
  settings: AmazonSetting[];
  permissions: SkillPermission[];
  apps: ConnectedApp[];
  /** Switches whose label means no setting Alexposé knows (shown, never scored). */
  unknown: UnknownSetting[];
}

/** Trailing button words of a list row ("Remove", "Entfernen") are not part of an app's name. */
const ROW_ACTIONS = /\s*(remove|entfernen|löschen|delete|verwalten|manage)\s*$/i;

/**
 * Interprets the outline of an Amazon account page: Alexa Privacy settings (retention choice, human review,
 * messages), Manage Skill Permissions (switches labelled by skill under a permission heading) and apps with
 * Login-with-Amazon access. Anything unrecognised is reported.
 */
export function readAmazonPage(body: unknown, page: string, reader: JsonReader): AmazonPageRecords {
  const out: AmazonPageRecords = { settings: [], permissions: [], apps: [], unknown: [] };
  if (!isObject(body) || body['kind'] !== 'page-outline' || !Array.isArray(body['controls']) || !Array.isArray(body['lists'])) {
    reader.note('error', 'not-an-outline', '$', 'Not a page outline.');
    return out;
  }
  const outline = body as unknown as PageOutline;
  const headings = (Array.isArray(outline.headings) ? outline.headings : []).filter((h): h is string => typeof h === 'string');
  const title = typeof outline.title === 'string' ? outline.title : '';
  const onPermissionsPage = [title, ...headings].some((h) => PERMISSIONS_PAGE.test(h));
  const onAppsPage = /^\/ap\/adam/.test(page) || [title, ...headings].some((h) => APPS_PAGE.test(h));
  const controls = outline.controls.filter(isControl);

  // Retention: the checked radio among the retention choices.
  const retentionRadios = controls.filter((c) => c.kind === 'radio' && firstMatch(RETENTION_OPTIONS, c.label));
  if (retentionRadios.length > 0) {
    const chosen = retentionRadios.find((c) => c.state === 'on');
    out.settings.push({ key: 'voice-retention', state: null, value: chosen ? firstMatch(RETENTION_OPTIONS, chosen.label) : null, page });
    if (!chosen) reader.note('warning', 'state-unknown', 'voice-retention', 'Retention choices found, but none is marked as chosen.');
  }

  controls.forEach((c, i) => {
    if (c.kind === 'radio') return;
    // On the permissions page every switch is a skill's permission; a permission Alexposé has no name for
    // keeps its label as shown (the report says it through a neutral message), it is never dropped.
    const permission = onPermissionsPage && c.section && !firstMatch(SETTING_LABELS, c.label) ? (permissionOf(c.section) ?? c.section.trim()) : null;
    if (permission) {
      out.permissions.push({ skillName: c.label, permission, granted: c.state === null ? null : c.state === 'on', page });
      return;
    }
    const key = firstMatch(SETTING_LABELS, c.label) ?? firstMatch(SETTING_LABELS, c.context);
    if (key && key !== 'voice-retention') {
      out.settings.push({ key, state: c.state, value: null, page });
      if (c.state === null) reader.note('warning', 'state-unknown', key, `Found "${key}" but could not tell whether it is on.`);
      return;
    }
    reader.note('info', 'unrecognized-control', `controls[${i}]`, `Control "${c.label.slice(0, 80)}" is not a setting Alexposé knows.`);
    // Kept, not dropped: a new Alexa Privacy switch must be seen (report `unknownSettings`).
    if (c.label.trim()) out.unknown.push({ service: 'amazon', label: unknownSettingLabel(c.label), state: c.state, where: page });
  });

  for (const list of outline.lists) {
    if (!isObject(list) || typeof list.heading !== 'string' || !Array.isArray(list.items)) continue;
    const items = list.items.filter((x): x is string => typeof x === 'string');
    const permission = onPermissionsPage ? permissionOf(list.heading) : null;
    if (permission) {
      // A plain list under a permission heading: the skills that hold it (shown without switches).
      const known = new Set(out.permissions.filter((p) => p.permission === permission).map((p) => p.skillName));
      for (const skill of items) if (!known.has(skill)) out.permissions.push({ skillName: skill, permission, granted: true, page });
    } else if (onAppsPage && APPS_LIST.test(list.heading)) {
      // A row reads "Name · Added on … · Access: …": the name is the first part.
      for (const item of items) {
        const name = (item.split(/\s+·\s+/)[0] ?? '').replace(ROW_ACTIONS, '').trim();
        if (name) out.apps.push({ name, page });
      }
    }
  }
  if (out.settings.length + out.permissions.length + out.apps.length === 0) {
    reader.note('warning', 'nothing-recognized', '$', 'No Alexa or Amazon setting was recognised on this page.');
  }
  return out;
}

function isControl(c: unknown): c is OutlineControl {
  return (
    isObject(c) &&
    typeof c['label'] === 'string' &&
    typeof c['context'] === 'string' &&
    (c['section'] === null || typeof c['section'] === 'string') &&
    (c['state'] === null || c['state'] === 'on' || c['state'] === 'off')
  );
}
