import { describe, expect, it } from 'vitest';
import { TIER_METRIC_COUNT } from '../../sim/stackSchema';
import { TierRing, TM } from './tierRing';

/** Rows for two tiers whose every value encodes (row, tier, column), so misplaced reads show. */
function rows(from: number, n: number): Float64Array {
  const out = new Float64Array(n * 2 * TIER_METRIC_COUNT);
  for (let r = 0; r < n; r++)
    for (let t = 0; t < 2; t++) for (let c = 0; c < TIER_METRIC_COUNT; c++) out[(r * 2 + t) * TIER_METRIC_COUNT + c] = (from + r) * 100 + t * 10 + c;
  return out;
}

describe('TierRing', () => {
  it('reads a tier’s column of each row in arrival order', () => {
    const ring = new TierRing(10, 2);
    ring.push(rows(0, 3));
    expect(ring.length).toBe(3);
    expect(ring.get(2, 1, TM.queue)).toBe(2 * 100 + 10 + 2);
    expect(ring.latest(0, TM.util)).toBe(201);
  });

  it('hands over every row held, oldest first, once it has wrapped', () => {
    const ring = new TierRing(4, 2);
    ring.push(rows(0, 6));
    expect(Array.from(ring.toArray())).toEqual(Array.from(rows(2, 4)));
    expect(new TierRing(4, 0).toArray()).toHaveLength(0);
  });

  it('keeps the newest rows once full, as the FrameRing does, so row i stays frame i', () => {
    const ring = new TierRing(4, 2);
    ring.push(rows(0, 3));
    ring.push(rows(3, 3));
    expect(ring.length).toBe(4);
    expect(ring.get(0, 0, TM.rps_in)).toBe(200);
    ring.push(rows(6, 9));
    expect(ring.get(0, 1, TM.p99_ms)).toBe(11 * 100 + 10 + 4);
  });

  it('holds nothing for a scenario without tiers, and says NaN for a tier it does not have', () => {
    const ring = new TierRing(4, 0);
    ring.push(new Float64Array(0));
    expect(ring.length).toBe(0);
    expect(ring.latest(0, TM.util)).toBeNaN();
  });

  it('refuses a batch whose width is not the stack’s', () => {
    expect(() => new TierRing(4, 2).push(new Float64Array(7))).toThrow(/not a multiple of 2 tiers/);
  });
});
