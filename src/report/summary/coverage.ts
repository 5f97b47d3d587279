import type { ReportDevice, ReportPolicePath, ReportSource } from '../../model/report.ts';
import type { CoverageGap, SummaryCoverage } from '../../model/report-summary.ts';
import { FINDING_MODULES } from '../../findings/lookups.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Findings whose setting only that page shows (account-wide switches and lists), counted when offered everywhere. */
function offeredEverywhere(page: typeof SOURCE.ringControlCenter | typeof SOURCE.amazonPrivacyPage): number {
  return FINDING_MODULES.filter((f) => f.settingOnlyOn === page && !f.entry.regions).length;
}

/** How complete a scan is for each service it covers (a null site: service not in the report), gaps in the order to close them. */
export function summaryCoverage(
  sources: readonly ReportSource[],
  policePaths: readonly ReportPolicePath[],
  devices: readonly ReportDevice[],
  sites: { ring: string | null; amazon: string | null },
  unreadableControls = 0,
): SummaryCoverage {
  const ok = (id: string) => sources.some((s) => s.id === id && (s.status === 'read' || s.status === 'partial'));
  const gaps: CoverageGap[] = [];
  if (sites.ring) {
    const site = sites.ring;
    // A camera shared with you can never be read from your account: it is no gap you could close.
    const notYours = new Set(devices.filter((d) => d.service === 'ring' && d.owned === false).map((d) => d.id));
    const unknownCameras = policePaths.filter((p) => p.state === 'unknown' && !notYours.has(p.deviceId) && p.controlledBy !== 'owner').length;
    // Every camera read is someone else's: no settings document of the user's own is missing.
    const onlyShared = policePaths.length > 0 && policePaths.every((p) => notYours.has(p.deviceId) || p.controlledBy === 'owner');
    if ((!ok(SOURCE.ringDeviceSettings) && !onlyShared) || unknownCameras > 0)
      // With no camera known the count is 0 and the text says "camera settings not read", never "1 camera".
      gaps.push({ source: SOURCE.ringDeviceSettings, unknown: unknownCameras, url: `${site}/account/dashboard` });
    // Settings of cameras no device list names: their findings are shown, but the list itself is missing.
    const settingsOnly = devices.filter((d) => d.service === 'ring' && d.knownOnlyBySettings).length;
    if (settingsOnly > 0) gaps.push({ source: SOURCE.ringDevices, unknown: settingsOnly, url: `${site}/account/dashboard` });
    if (!ok(SOURCE.ringControlCenter))
      gaps.push({ source: SOURCE.ringControlCenter, unknown: offeredEverywhere(SOURCE.ringControlCenter), url: `${site}/account/control-center` });
    // Switches found in a state that is neither on nor off ("mixed") are unknown settings, not read ones.
    else if (unreadableControls > 0)
      gaps.push({ source: SOURCE.ringControlCenter, unknown: unreadableControls, url: `${site}/account/control-center`, reason: 'unreadable' });
  }
  if (sites.amazon) {
    const site = sites.amazon;
    if (!ok(SOURCE.amazonPrivacyPage))
      gaps.push({ source: SOURCE.amazonPrivacyPage, unknown: offeredEverywhere(SOURCE.amazonPrivacyPage), url: `${site}/alexa-privacy/apd/myad` });
    if (!ok(SOURCE.alexaSmartHome)) gaps.push({ source: SOURCE.alexaSmartHome, unknown: 0, url: null });
  }
  const distinct = new Map<string, boolean>();
  for (const s of sources) distinct.set(s.id, (distinct.get(s.id) ?? false) || s.status === 'read' || s.status === 'partial');
  return { complete: gaps.length === 0, sourcesRead: [...distinct.values()].filter(Boolean).length, sourcesTotal: distinct.size, gaps };
}
