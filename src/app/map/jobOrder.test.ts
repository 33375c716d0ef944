import { describe, expect, it } from 'vitest';
import { coarseToFine } from './jobOrder';
import { placeLabels } from './edgeLabels';

describe('coarse-to-fine order', () => {
  it('is a permutation of the grid, corners first', () => {
    const order = coarseToFine(12, 12);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 144 }, (_, k) => k));
    expect(order.slice(0, 4)).toEqual([0, 11, 132, 143]);
  });

  it('puts a sparse grid before its neighbours', () => {
    const order = coarseToFine(5, 1);
    expect(order).toEqual([0, 4, 2, 1, 3]);
  });
});

describe('marker labels', () => {
  it('never overlap within a row, and hang left at the right edge', () => {
    const placed = placeLabels(
      [
        { x: 100, text: 'hidden capacity 1,000 (measured)' },
        { x: 110, text: 'hidden 400 (analytic)' },
        { x: 790, text: 'advertised 3,748' },
      ],
      800,
    );
    for (const a of placed) for (const b of placed) if (a !== b && a.row === b.row) expect(a.right <= b.left || b.right <= a.left).toBe(true);
    expect(placed.find((p) => p.x === 790)?.anchor).toBe('end');
    expect(new Set(placed.filter((p) => p.x < 200).map((p) => p.row)).size).toBe(2);
  });
});
