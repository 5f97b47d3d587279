import type { Report, ReportFinding } from '../model/report.ts';
import type { Subject } from '../model/finding.ts';

export type ChangeKind = 'device-added' | 'device-removed' | 'finding-added' | 'finding-resolved' | 'finding-changed';

/** One difference between two reports of the same account. */
export interface ReportChange {
  kind: ChangeKind;
  /** The finding id for finding changes; absent for device changes. */
  findingId?: string;
  subject: Subject;
  /** For `finding-changed`: the detail that changed, with its old and new value (e.g. storage days 30 → 60). */
  detail?: { key: string; before: string | number | boolean | null; after: string | number | boolean | null };
  /** Changes that widen what is shared (a setting switched back on, a new device, longer retention). */
  worse: boolean;
}

/** Details that only say where something was read; a change in them is no change of the account. */
const INCIDENTAL = new Set(['page']);

function findingKey(f: ReportFinding): string {
  // Several findings may share a subject (a skill with two permissions): the permission or setting tells them apart.
  return [f.id, f.subject.type, f.subject.id, f.details['permission'] ?? f.details['setting'] ?? ''].join('\u0000');
}

/**
 * What changed from one scan's report to the next: devices added or gone, findings that appeared (a setting
 * switched back on, a new shared user, skill permission or linked app) or disappeared, and changed details
 * (retention lengthened). Pure; `before` null means there was no earlier scan.
 */
export function diffReports(before: Report | null, after: Report): ReportChange[] {
  if (!before) return [];
  const changes: ReportChange[] = [];
  const oldDevices = new Map(before.devices.map((d) => [`${d.service}\u0000${d.id}`, d]));
  const newDevices = new Map(after.devices.map((d) => [`${d.service}\u0000${d.id}`, d]));
  for (const [key, d] of newDevices) if (!oldDevices.has(key)) changes.push({ kind: 'device-added', subject: { type: 'device', id: d.id, name: d.name }, worse: true });
  for (const [key, d] of oldDevices) if (!newDevices.has(key)) changes.push({ kind: 'device-removed', subject: { type: 'device', id: d.id, name: d.name }, worse: false });

  const oldFindings = new Map(before.findings.map((f) => [findingKey(f), f]));
  const newFindings = new Map(after.findings.map((f) => [findingKey(f), f]));
  for (const [key, f] of newFindings) {
    const old = oldFindings.get(key);
    if (!old) {
      changes.push({ kind: 'finding-added', findingId: f.id, subject: f.subject, worse: true });
      continue;
    }
    for (const detailKey of new Set([...Object.keys(old.details), ...Object.keys(f.details)])) {
      if (INCIDENTAL.has(detailKey)) continue;
      const was = old.details[detailKey] ?? null;
      const now = f.details[detailKey] ?? null;
      if (was === now) continue;
      const worse = typeof was === 'number' && typeof now === 'number' ? now > was : f.risk !== old.risk ? riskOrder(f) < riskOrder(old) : false;
      changes.push({ kind: 'finding-changed', findingId: f.id, subject: f.subject, detail: { key: detailKey, before: was, after: now }, worse });
    }
  }
  for (const [key, f] of oldFindings) if (!newFindings.has(key)) changes.push({ kind: 'finding-resolved', findingId: f.id, subject: f.subject, worse: false });
  return changes;
}

function riskOrder(f: ReportFinding): number {
  return ['high', 'medium', 'low', 'info'].indexOf(f.risk);
}
