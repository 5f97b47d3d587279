// Step 2 of the model: which sources are drawn one by one, and in what order down the first column.
import type { Risk } from '../../model/finding.ts';
import { compareText, maxRisk, riskRank } from './flow-order.ts';
import type { Source } from './flow-sources.ts';
import { SERVICE_ORDER } from './flow-types.ts';

/** Devices shown one by one; beyond that the lowest-risk ones fold into one "and N more" node. */
export const MAX_DEVICE_NODES = 30;

export function sourceRisk(source: Source): Risk | null {
  return source.flows.reduce<Risk | null>((r, f) => maxRisk(r, f.finding.risk), null);
}

/** Devices beyond the cap: keep the riskiest, fold the rest (their ids) into one node per picture. */
export function foldedDevices(devices: readonly Source[]): Set<string> {
  const hidden = new Set<string>();
  if (devices.length > MAX_DEVICE_NODES) {
    const ranked = [...devices].sort(
      (a, b) =>
        riskRank(sourceRisk(a)) - riskRank(sourceRisk(b)) ||
        b.flows.length - a.flows.length ||
        compareText(a.name ?? '', b.name ?? '') ||
        compareText(a.id, b.id),
    );
    for (const s of ranked.slice(MAX_DEVICE_NODES - 1)) hidden.add(s.id);
  }
  return hidden;
}

const KIND_RANK = { device: 0, location: 1, account: 2 } as const;

/**
 * Column 0 order: by service; the user's own devices, then those shared with them, then locations and the account;
 * then path (direct first), risk and name.
 */
export function orderSources(sources: readonly Source[]): Source[] {
  return [...sources].sort(
    (a, b) =>
      SERVICE_ORDER.indexOf(a.service) - SERVICE_ORDER.indexOf(b.service) ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      Number(a.shared) - Number(b.shared) ||
      (a.path === null ? 0 : 1) - (b.path === null ? 0 : 1) ||
      compareText(a.path?.name ?? '', b.path?.name ?? '') ||
      compareText(a.path?.id ?? '', b.path?.id ?? '') ||
      riskRank(sourceRisk(a)) - riskRank(sourceRisk(b)) ||
      compareText(a.name ?? '', b.name ?? '') ||
      compareText(a.id, b.id),
  );
}
