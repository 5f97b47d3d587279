// Expected centres worked out by hand: least squares over blocks of touching nodes, gap kept, order kept.
import { placeInOrder } from '../../../../src/ui/flow/place-in-order.ts';

describe('placeInOrder', () => {
  it('places nothing for no nodes', () => {
    expect(placeInOrder([], [], 10)).toEqual([]);
  });

  it('leaves nodes that are far enough apart where they want to be', () => {
    expect(placeInOrder([0, 100], [10, 10], 5)).toEqual([0, 100]);
  });

  it('spreads two nodes that want the same place evenly around it', () => {
    // 5 + 10 + 5 apart, mean 50.
    expect(placeInOrder([50, 50], [10, 10], 10)).toEqual([40, 60]);
  });

  it('keeps three nodes in order around their mean', () => {
    expect(placeInOrder([0, 0, 0], [10, 10, 10], 0)).toEqual([-10, 0, 10]);
  });

  it('spaces nodes of different heights by half of each plus the gap', () => {
    // 20/2 + 4 + 40/2 = 34 apart, mean 0.
    expect(placeInOrder([0, 0], [20, 40], 4)).toEqual([-17, 17]);
  });

  it('moves only the block that overlaps, when the one above is clear', () => {
    // Nodes 1 and 2 merge around (30 + 11) / 2; node 0 stays clear (15.5 - 5 ≥ 5 + 10).
    expect(placeInOrder([0, 30, 31], [10, 10, 10], 10)).toEqual([0, 20.5, 40.5]);
  });

  it('merges again when a merged block then overlaps the block above', () => {
    // 1 and 2 merge at 15, which overlaps 0: all three at offsets 0, 20, 40 around (0 + 5 - 15) / 3.
    const out = placeInOrder([0, 25, 25], [10, 10, 10], 10);
    expect(out).toHaveLength(3);
    [-10 / 3, 50 / 3, 110 / 3].forEach((want, i) => expect(out[i]).toBeCloseTo(want, 10));
  });

  it('counts touching (exactly the gap) as clear', () => {
    // 1 and 2 merge at (30 + 10) / 2 = 20; its top 15 is exactly node 0's bottom 5 plus the gap 10.
    expect(placeInOrder([0, 30, 30], [10, 10, 10], 10)).toEqual([0, 20, 40]);
  });
});
