import type { ControlListKey, ControlSettingKey } from '../../model/ring.ts';

/**
 * What each Control Center route is expected to show, from Ring's help pages (support.ring.com/hc/en-us/articles/
 * 360038142272 "Ring Control Center Information", 15033043742740 "Authorized Client Devices", 1nce1 storage time;
 * see docs/knowledge-sources-ring.md). Only items offered in every region are expected: Sidewalk, Search Party,
 * Community Requests and Neighbors are US features, so their absence on a German page is no gap.
 * No public capture of the markup exists; an expected item that was not found is reported, never assumed.
 */
export interface RouteExpectation {
  route: RegExp;
  settings: readonly ControlSettingKey[];
  lists: readonly ControlListKey[];
}

const CONTROL_CENTER_EXPECTATIONS: readonly RouteExpectation[] = [
  { route: /^\/account\/control-center\/?$/, settings: ['video-storage', 'alexa-link'], lists: ['authorized-devices', 'linked-accounts', 'shared-users'] },
  { route: /^\/account\/control-center\/video-storage\/?$/, settings: ['video-storage'], lists: [] },
  { route: /^\/account\/control-center\/authori[sz]ed(-client)?-devices\/?$/, settings: [], lists: ['authorized-devices'] },
  { route: /^\/account\/control-center\/linked-accounts\/?$/, settings: [], lists: ['linked-accounts'] },
];

/** The expectation for a page, by its path; saved pages without a path have none. */
export function expectationFor(page: string): RouteExpectation | null {
  const path = /^https?:/i.test(page) ? safePath(page) : page;
  return CONTROL_CENTER_EXPECTATIONS.find((e) => e.route.test(path)) ?? null;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
