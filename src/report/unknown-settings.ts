import type { Records } from '../model/records.ts';
import type { ReportUnknownSetting } from '../model/report.ts';
import { englishCollator } from './english-collator.ts';

const STATE_ORDER = { on: 0, null: 1, off: 2 } as const;

/** The settings Alexposé could not interpret, as the report lists them: those that are on first, then unreadable ones. */
export function reportUnknownSettings(records: Records): ReportUnknownSetting[] {
  const collator = englishCollator();
  return (records.unknownSettings ?? [])
    .map((u): ReportUnknownSetting => ({
      service: u.service,
      label: u.label,
      state: u.state,
      where: { page: u.where, ...(u.deviceId ? { deviceId: u.deviceId } : {}), ...(u.deviceName ? { deviceName: u.deviceName } : {}) },
      readAt: u.readAt ?? null,
    }))
    .sort(
      (a, b) =>
        STATE_ORDER[a.state ?? 'null'] - STATE_ORDER[b.state ?? 'null'] ||
        collator.compare(a.service, b.service) ||
        collator.compare(a.label, b.label) ||
        collator.compare(a.where.deviceName ?? a.where.page, b.where.deviceName ?? b.where.page),
    );
}
