import type { ReportDevice, ReportFinding, ReportPolicePath } from '../../model/report.ts';
import type { SharedWithYou } from '../../model/report-summary.ts';
import type { Locale, Translate } from '../../i18n/translate.ts';
import { plural } from '../../i18n/plural.ts';

/**
 * Devices someone else shares with the user, one line per owner: not part of the grade (the user cannot change
 * them), but never silent. "2 cameras shared with you: Ring can open their videos — set by Greta Beispiel".
 */
export function sharedWithYouLines(
  devices: readonly ReportDevice[],
  findings: readonly ReportFinding[],
  policePaths: readonly ReportPolicePath[],
  { t, locale }: { t: Translate; locale: Locale },
): SharedWithYou[] {
  // A device is someone else's when a finding or police path about it says so (the report's one ownership rule).
  const owners = new Map<string, string | null>();
  for (const f of findings)
    if (f.subject.type === 'device' && f.controlledBy === 'owner') owners.set(f.subject.id, f.ownerName ?? owners.get(f.subject.id) ?? null);
  for (const p of policePaths) if (p.controlledBy === 'owner') owners.set(p.deviceId, p.ownerName ?? owners.get(p.deviceId) ?? null);
  const open = new Set(policePaths.filter((p) => p.state === 'open').map((p) => p.deviceId));
  const byOwner = new Map<string, { ownerName: string | null; devices: { id: string; name: string }[] }>();
  for (const d of devices) {
    if (!owners.has(d.id)) continue;
    const ownerName = owners.get(d.id) ?? null;
    const group = byOwner.get(ownerName ?? '') ?? { ownerName, devices: [] };
    group.devices.push({ id: d.id, name: d.name });
    byOwner.set(ownerName ?? '', group);
  }
  return [...byOwner.values()].map(({ ownerName, devices: shared }) => {
    const openCount = shared.filter((d) => open.has(d.id)).length;
    const who = ownerName ?? t('owner_unknown');
    const text = openCount > 0 ? plural(t, locale, 'summary_shared_open', openCount, [who]) : plural(t, locale, 'summary_shared_devices', shared.length, [who]);
    return { ownerName, devices: shared, openPolicePaths: openCount, text };
  });
}
