/**
 * Moves nodes (centres, in order) off horizontal lines, to the nearer free side, keeping order and gaps.
 * Goes top to bottom, so a node is only ever moved below the one before it.
 */
export function avoidLines(centers: readonly number[], heights: readonly number[], lines: readonly number[], gap: number): number[] {
  const sorted = [...lines].sort((a, b) => a - b);
  const clear = gap + 2;
  const out: number[] = [];
  let floor = -Infinity;
  centers.forEach((want, i) => {
    const half = heights[i]! / 2;
    const blocked = (y: number) => sorted.find((l) => l > y - half - clear && l < y + half + clear);
    let y = Math.max(want, floor + half);
    for (let hit = blocked(y); hit !== undefined; hit = blocked(y)) {
      const above = hit - clear - half;
      y = above >= Math.max(want - heights[i]!, floor + half) && blocked(above) === undefined ? above : hit + clear + half;
    }
    out.push(y);
    floor = y + half + gap;
  });
  return out;
}
