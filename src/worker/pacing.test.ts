import { describe, expect, it } from 'vitest';
import { PACE_MS, Pacer } from './pacing';

describe('Pacer', () => {
  it('lets simulated time run N ms per wall-clock ms at N×, from the anchor', () => {
    const p = new Pacer();
    p.anchor(1000, 5000);
    expect(p.target(10, 1500, 5000, 600_000)).toBe(10_000);
    expect(p.target(1, 1500, 5000, 600_000)).toBe(5500);
  });

  it('never targets past the end of the run; max speed targets the end', () => {
    const p = new Pacer();
    p.anchor(0, 29_000);
    expect(p.target(60, 100, 29_000, 30_000)).toBe(30_000);
    expect(p.target('max', 0, 0, 30_000)).toBe(30_000);
  });

  it('drops a debt of more than a wall-clock second instead of sprinting to catch up', () => {
    const p = new Pacer();
    p.anchor(0, 0);
    // 5 s of wall clock passed (a hidden tab) but the simulation only reached 1 s at 10×.
    expect(p.target(10, 5000, 1000, 600_000)).toBe(1000 + 10 * PACE_MS);
    // Re-anchored: from here it is real time again.
    expect(p.target(10, 5100, 1160, 600_000)).toBe(1000 + 1000);
  });
});
