import type { Report, ReportFinding, ReportSource } from '../model/report.ts';
import type { ReportChange } from '../model/report-change.ts';
import type { Subject } from '../model/finding.ts';

export type { ReportChange } from '../model/report-change.ts';

/** Details that only say where something was read; a change in them is no change of the account. */
const INCIDENTAL = new Set(['page']);

function findingKey(f: ReportFinding): string {
  // Several findings may share a subject (a skill with two permissions): the permission or setting tells them apart.
  return [f.id, f.subject.type, f.subject.id, f.details['permission'] ?? f.details['setting'] ?? ''].join('\u0000');
}

function readSources(report: Report): ReportSource[] {
  return report.sources.filter((s) => s.status === 'read' || s.status === 'partial');
}

const pathHas = (location: string | undefined, id: string) => (location ?? '').split('/').includes(id);

/**
 * Whether the earlier report had already read what this finding comes from: its source, the same page when the
 * finding names one, and the subject's own endpoint when the source is read per subject (device settings).
 */
function coveredBefore(f: ReportFinding, before: Report, after: Report): boolean {
  const source = f.evidence.source;
  const earlier = readSources(before).filter((s) => s.id === source);
  if (earlier.length === 0) return false;
  const page = f.details['page'];
  if (typeof page === 'string' && page !== '') return earlier.some((s) => s.location === page);
  const perSubject = readSources(after).some((s) => s.id === source && pathHas(s.location, f.subject.id));
  return perSubject ? earlier.some((s) => pathHas(s.location, f.subject.id)) : true;
}

/**
 * What changed from one scan's report to the next: devices added or gone, findings that appeared (a setting
 * newly on, a new shared user, skill permission or linked app) or disappeared, and changed details (retention
 * lengthened). What only appears because a page or source was read for the first time is marked `newlyRead`:
 * the first read of anything is its baseline, never a change. Pure; `before` null means there was no earlier
 * scan, so nothing changed.
 */
export function diffReports(before: Report | null, after: Report): ReportChange[] {
  if (!before) return [];
  const changes: ReportChange[] = [];
  const earlierSourceIds = new Set(readSources(before).map((s) => s.id));
  const newSourceFor = new Set(
    readSources(after)
      .filter((s) => !earlierSourceIds.has(s.id))
      .map((s) => s.service),
  );
  const oldDevices = new Map(before.devices.map((d) => [`${d.service}\u0000${d.id}`, d]));
  const newDevices = new Map(after.devices.map((d) => [`${d.service}\u0000${d.id}`, d]));
  for (const [key, d] of newDevices) {
    if (oldDevices.has(key)) continue;
    const subject: Subject = { type: 'device', id: d.id, name: d.name };
    changes.push(
      newSourceFor.has(d.service) ? { kind: 'device-added', subject, worse: false, newlyRead: true } : { kind: 'device-added', subject, worse: true },
    );
  }
  for (const [key, d] of oldDevices)
    if (!newDevices.has(key)) changes.push({ kind: 'device-removed', subject: { type: 'device', id: d.id, name: d.name }, worse: false });

  const oldFindings = new Map(before.findings.map((f) => [findingKey(f), f]));
  const newFindings = new Map(after.findings.map((f) => [findingKey(f), f]));
  for (const [key, f] of newFindings) {
    const old = oldFindings.get(key);
    if (!old) {
      const base = { kind: 'finding-added' as const, findingId: f.id, subject: f.subject, title: f.title };
      changes.push(coveredBefore(f, before, after) ? { ...base, worse: true } : { ...base, worse: false, newlyRead: true });
      continue;
    }
    for (const detailKey of new Set([...Object.keys(old.details), ...Object.keys(f.details)])) {
      if (INCIDENTAL.has(detailKey)) continue;
      const was = old.details[detailKey] ?? null;
      const now = f.details[detailKey] ?? null;
      if (was === now) continue;
      // Null is "not read": a value read for the first time is coverage, a value no longer read is no change.
      if (now === null) continue;
      const detail = { key: detailKey, before: was, after: now };
      if (was === null) {
        changes.push({ kind: 'finding-changed', findingId: f.id, subject: f.subject, title: f.title, detail, worse: false, newlyRead: true });
        continue;
      }
      const worse = typeof was === 'number' && typeof now === 'number' ? now > was : f.risk !== old.risk ? riskOrder(f) < riskOrder(old) : false;
      changes.push({ kind: 'finding-changed', findingId: f.id, subject: f.subject, title: f.title, detail, worse });
    }
  }
  for (const [key, f] of oldFindings)
    if (!newFindings.has(key)) changes.push({ kind: 'finding-resolved', findingId: f.id, subject: f.subject, title: f.title, worse: false });
  return changes;
}

function riskOrder(f: ReportFinding): number {
  return ['high', 'medium', 'low', 'info'].indexOf(f.risk);
}
