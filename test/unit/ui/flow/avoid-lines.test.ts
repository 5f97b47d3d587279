// Expected centres worked out by hand: a node may not come within gap + 2 of a line; top to bottom.
import { avoidLines } from '../../../../src/ui/flow/avoid-lines.ts';

describe('avoidLines', () => {
  it('leaves nodes alone when no line crosses them', () => {
    expect(avoidLines([0, 100], [10, 10], [], 3)).toEqual([0, 100]);
    expect(avoidLines([50], [20], [10, 90], 3)).toEqual([50]);
  });

  it('keeps the gap below the node before, even without lines', () => {
    // floor = 0 + 5 + 3; the next centre at least 8 + 5.
    expect(avoidLines([0, 5], [10, 10], [], 3)).toEqual([0, 13]);
  });

  it('moves a node up off a line just below its centre', () => {
    // half 10, clear 5: above = 52 - 5 - 10 = 37, within one height of 50 and clear of the line.
    expect(avoidLines([50], [20], [52], 3)).toEqual([37]);
  });

  it('moves a node down when moving up would take it more than its height away', () => {
    // above = 42 - 15 = 27 < 50 - 20: down to 42 + 15.
    expect(avoidLines([50], [20], [42], 3)).toEqual([57]);
  });

  it('prefers up whenever up is within one height, even when down is the shorter move', () => {
    // Line at 47: up to 32 (18 away) is taken, though down to 62 would be 12 away.
    expect(avoidLines([50], [20], [47], 3)).toEqual([32]);
  });

  it('never moves a node up past the one before it', () => {
    // Node 1: above = 22 - 10 = 12, but the floor is 0 + 5 + 3, so at least 13: down to 22 + 10.
    expect(avoidLines([0, 20], [10, 10], [22], 3)).toEqual([0, 32]);
  });

  it('keeps moving down while the new place is on the next line, in any line order', () => {
    // 44 blocks, up (29) is too far: down to 59; 62 blocks, up (47) is on 44: down to 77.
    expect(avoidLines([50], [20], [44, 62], 3)).toEqual([77]);
    expect(avoidLines([50], [20], [62, 44], 3)).toEqual([77]);
  });

  it('does not count a line exactly at the clearance as blocking', () => {
    // The node at 30 spans 20..40; clear 5: lines strictly inside (15, 45) block, 45 does not.
    expect(avoidLines([30], [20], [45], 3)).toEqual([30]);
  });
});
