import type { Report } from '../../model/report.ts';
import type { SummaryAction } from '../../model/report-summary.ts';

export type DeviceCheck =
  { deviceId: string; name: string; state: 'fixed' | 'still-on' } | { deviceId: string; name: string; state: 'unchecked'; reason: string };

/**
 * What a re-read says about each device of an action: gone from the new report → fixed; still there →
 * still on. `reread` false (the run failed or stored nothing new) → could not check, with the reason.
 */
export function recheckOutcome(action: SummaryAction, after: Report | null, reread: { ok: true } | { ok: false; reason: string }): DeviceCheck[] {
  return action.devices.map((d) => {
    if (!reread.ok || !after) return { deviceId: d.id, name: d.name, state: 'unchecked', reason: reread.ok ? '' : reread.reason };
    const still = after.findings.some(
      (f) => f.id === action.findingId && f.subject.id === d.id && (action.id === f.id || action.id === `${f.id}:${String(f.details['permission'])}`),
    );
    return { deviceId: d.id, name: d.name, state: still ? 'still-on' : 'fixed' };
  });
}
