/**
 * Positions (centres) as close as possible to the desired ones, keeping the order and a gap between
 * neighbours: least squares by merging blocks that would overlap (deterministic, no iteration limit).
 */
export function placeInOrder(desired: readonly number[], heights: readonly number[], gap: number): number[] {
  // Offsets of each node from its block's first node, and blocks as [start, end) with their position.
  const blocks: { start: number; end: number; top: number }[] = [];
  const offset: number[] = [];
  const blockTop = (start: number, end: number) => {
    let sum = 0;
    for (let i = start; i < end; i++) sum += desired[i]! - (offset[i]! - offset[start]!);
    return sum / (end - start);
  };
  for (let i = 0; i < desired.length; i++) {
    offset[i] = i === 0 ? 0 : offset[i - 1]! + heights[i - 1]! / 2 + gap + heights[i]! / 2;
    blocks.push({ start: i, end: i + 1, top: desired[i]! });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const prev = blocks[blocks.length - 2]!;
      const prevEnd = prev.top + (offset[prev.end - 1]! - offset[prev.start]!) + heights[prev.end - 1]! / 2;
      if (last.top - heights[last.start]! / 2 >= prevEnd + gap) break;
      blocks.pop();
      prev.end = last.end;
      prev.top = blockTop(prev.start, prev.end);
    }
  }
  const out: number[] = [];
  for (const b of blocks) for (let i = b.start; i < b.end; i++) out[i] = b.top + (offset[i]! - offset[b.start]!);
  return out;
}
