import type { Records } from '../../model/records.ts';
import { MANUAL_CHECKS, type ManualCheckEntry, type ManualCheckScope } from '../../knowledge/manual-checks/index.ts';

/** Whether the scan saw what a manual check is about: no Echo Show, no Visual ID question. */
const IN_SCOPE: Record<ManualCheckScope, (records: Records) => boolean> = {
  'ring-account': (r) => (r.ringDevices?.length ?? 0) > 0 || (r.ringProfile?.length ?? 0) > 0 || (r.ringControlSettings?.length ?? 0) > 0,
  'ring-camera': (r) => (r.ringDevices ?? []).some((d) => d.hasCamera && !d.sharedWithYou),
  'ring-intercom': (r) => (r.ringDevices ?? []).some((d) => d.category === 'intercom' && !d.sharedWithYou),
  'alexa-account': (r) =>
    [r.alexaDevices, r.alexaEndpoints, r.amazonSettings, r.amazonDevices, r.voiceHistory, r.skillPermissions, r.alexaHousehold].some(
      (list) => (list?.length ?? 0) > 0,
    ),
  echo: (r) => (r.alexaDevices?.length ?? 0) > 0 || (r.amazonDevices ?? []).some((d) => /echo/i.test(`${d.family ?? ''} ${d.typeName ?? ''}`)),
  'echo-show': (r) =>
    (r.alexaDevices ?? []).some((d) => d.family === 'KNIGHT' || d.capabilities.includes('LIVE_VIEW')) ||
    (r.amazonDevices ?? []).some((d) => /echo show/i.test(`${d.typeName ?? ''} ${d.name}`)),
};

/**
 * The manual checks that concern this account: its kind of device was seen, and the feature is offered in
 * the account's country. An unknown country keeps regional checks (the UI names the regions).
 */
export function applicableManualChecks(records: Records, country: string | null): ManualCheckEntry[] {
  return Object.values(MANUAL_CHECKS).filter((entry) => {
    if (!IN_SCOPE[entry.scope](records)) return false;
    return !entry.regions || country === null || entry.regions.includes(country.toUpperCase());
  });
}
