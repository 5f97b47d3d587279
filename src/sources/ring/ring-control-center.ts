import type { ControlList, ControlSetting } from '../../model/ring.ts';
import type { PageOutline } from '../../model/page-outline.ts';
import type { UnknownSetting } from '../../model/unknown-setting.ts';
import { JsonReader, isObject } from '../json-reader.ts';
import { unknownSettingLabel } from '../unknown-setting-label.ts';
import { daysIn, listKeyOf, settingKeyOf, stateFromWords } from './control-center-labels.ts';
import { expectationFor } from './control-center-expectations.ts';

const MAX_STATUS_TEXT = 60;

const PER_DEVICE: ReadonlySet<ControlSetting['key']> = new Set(['search-party', 'natural-hazards']);

export function looksLikeOutline(body: unknown): body is PageOutline {
  return isObject(body) && body['kind'] === 'page-outline' && Array.isArray(body['controls']) && Array.isArray(body['lists']);
}

/**
 * Interprets an outline of a Control Center page: switches and texts by their labels, lists by their
 * headings. Every control whose label means nothing known is reported as unrecognised.
 */
export function readRingControlCenter(
  body: unknown,
  page: string,
  reader: JsonReader,
): { settings: ControlSetting[]; lists: ControlList[]; unknown: UnknownSetting[] } {
  const unknown: UnknownSetting[] = [];
  if (!looksLikeOutline(body)) {
    reader.note('error', 'not-an-outline', '$', 'Not a page outline.');
    return { settings: [], lists: [], unknown };
  }
  const settings = new Map<string, ControlSetting>();
  // Controls are read before texts, so a switch's state is kept over a state read from words later.
  // Settings whose switch was unreadable: no later status text fills in their state.
  const unreadable = new Set<string>();
  const put = (s: ControlSetting, fromUnreadable = false) => {
    const key = `${s.key}\u0000${s.deviceName ?? ''}`;
    if (fromUnreadable) unreadable.add(key);
    else if (unreadable.has(key)) return;
    const old = settings.get(key);
    settings.set(key, { ...s, state: old?.state ?? s.state, amount: old?.amount ?? s.amount });
  };

  body.controls.forEach((raw, i) => {
    // The outline crossed a message boundary: take no field's type on trust.
    if (!isObject(raw) || typeof raw['label'] !== 'string') return;
    const c = {
      label: raw['label'],
      section: typeof raw['section'] === 'string' ? raw['section'] : null,
      context: typeof raw['context'] === 'string' ? raw['context'] : '',
      state: raw['state'] === 'on' || raw['state'] === 'off' ? raw['state'] : null,
      // A switch whose own state is unreadable ("mixed") is unknown: the row's words never stand in for it.
      unreadable: raw['unreadable'] === true || (raw['state'] !== null && raw['state'] !== undefined && raw['state'] !== 'on' && raw['state'] !== 'off'),
    };
    const fromLabel = settingKeyOf(c.label);
    const sectionKey = settingKeyOf(c.section);
    const key = fromLabel ?? settingKeyOf(c.context) ?? sectionKey;
    if (!key) {
      reader.note('info', 'unrecognized-control', `controls[${i}]`, `Switch "${c.label.slice(0, 80)}" is not a setting Alexposé knows.`);
      // Kept, not dropped: the next default Ring switches on must be seen (report `unknownSettings`).
      if (c.label.trim()) unknown.push({ service: 'ring', label: unknownSettingLabel(c.label), state: c.state, where: page });
      return;
    }
    // Search Party is set per camera: the label names the setting and the section names the device, or the other way round.
    const perDevice = PER_DEVICE.has(key);
    const deviceName = !perDevice ? null : fromLabel && c.section && !sectionKey ? c.section : !fromLabel && sectionKey ? c.label : null;
    const state = c.unreadable ? null : (c.state ?? stateFromWords(c.context));
    if (c.unreadable)
      reader.note('warning', 'state-unreadable', `controls[${i}]`, `The switch "${c.label.slice(0, 80)}" shows a state that is neither on nor off.`);
    put({ key, state, amount: key === 'video-storage' && !c.unreadable ? daysIn(c.context) : null, deviceName, page }, c.unreadable);
  });

  body.texts.forEach((t) => {
    if (!isObject(t) || typeof t.text !== 'string') return;
    const key = settingKeyOf(typeof t.section === 'string' ? t.section : null);
    if (!key) return;
    const amount = key === 'video-storage' ? daysIn(t.text) : null;
    // Only a short status line ("Enabled", "Linked to …") states a setting; longer prose may merely describe it.
    const state = t.text.length <= MAX_STATUS_TEXT ? stateFromWords(t.text) : null;
    if (state !== null || amount !== null) put({ key, state, amount, deviceName: null, page });
  });

  const lists: ControlList[] = [];
  body.lists.forEach((l) => {
    if (!isObject(l) || typeof l.heading !== 'string' || !Array.isArray(l.items)) return;
    const key = listKeyOf(l.heading);
    if (key) lists.push({ key, items: l.items.filter((x): x is string => typeof x === 'string').slice(0, 300), page });
  });

  for (const s of settings.values()) {
    if (s.state === null && s.amount === null) reader.note('warning', 'state-unknown', s.key, `Found "${s.key}" but could not tell whether it is on.`);
  }
  if (settings.size === 0 && lists.length === 0) {
    reader.note('warning', 'nothing-recognized', '$', 'No Control Center setting was recognised on this page.');
  } else {
    // A page that shows less than its route should is partial, with one note per missing item: never "read" in silence.
    const expected = expectationFor(page);
    for (const key of expected?.settings ?? []) {
      if (![...settings.values()].some((s) => s.key === key))
        reader.note('warning', 'expected-setting-missing', key, `The setting "${key}" this page should show was not found.`);
    }
    for (const key of expected?.lists ?? []) {
      if (!lists.some((l) => l.key === key)) reader.note('warning', 'expected-setting-missing', key, `The list "${key}" this page should show was not found.`);
    }
  }
  return { settings: [...settings.values()], lists, unknown };
}
