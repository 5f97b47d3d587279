// Step 5 of the model: the numbers the picture's text alternative says.
import type { Report } from '../../model/report.ts';
import type { Source } from './flow-sources.ts';
import { SERVICE_ORDER, type FlowSummary } from './flow-types.ts';

export function deviceCounts(devices: readonly Source[]): FlowSummary['devices'] {
  return SERVICE_ORDER.map((service) => ({ service, count: devices.filter((d) => d.service === service).length })).filter((d) => d.count > 0);
}

/** Open police paths when the report has them (they weigh encryption); else cameras whose video findings name police. */
export function policeVideoCameras(report: Report, devices: readonly Source[]): number {
  if (report.policePaths && report.policePaths.length > 0) return report.policePaths.filter((p) => p.state === 'open').length;
  return devices.filter((d) => d.flows.some((f) => f.labels.includes('video') && f.recipients.some((r) => r.id === 'police'))).length;
}
