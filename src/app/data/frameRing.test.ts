import { describe, expect, it } from 'vitest';
import { M, METRIC_COUNT } from '../../sim/metrics';
import { frameRows } from '../../../test/support/frameRows';
import { FrameRing } from './frameRing';

/** Frames with t_s = the given times and goodput = 10 × t. */
function frames(...times: number[]): Float64Array {
  return frameRows(times.map((t) => ({ t_s: t, goodput_rps: 10 * t })));
}

describe('FrameRing', () => {
  it('keeps frames in arrival order and reads any column', () => {
    const ring = new FrameRing(10);
    ring.push(frames(1, 2));
    ring.push(frames(3));
    expect(ring.length).toBe(3);
    expect([0, 1, 2].map((i) => ring.timeS(i))).toEqual([1, 2, 3]);
    expect(ring.get(2, M.goodput_rps)).toBe(30);
    expect(ring.latest(M.goodput_rps)).toBe(30);
  });

  it('overwrites the oldest frames once full, and counts everything received', () => {
    const ring = new FrameRing(3);
    ring.push(frames(1, 2, 3, 4));
    ring.push(frames(5));
    expect(ring.length).toBe(3);
    expect(ring.received).toBe(5);
    expect([0, 1, 2].map((i) => ring.timeS(i))).toEqual([3, 4, 5]);
  });

  it('keeps only the newest frames of a batch larger than itself', () => {
    const ring = new FrameRing(2);
    ring.push(frames(1, 2, 3, 4, 5));
    expect([ring.timeS(0), ring.timeS(1)]).toEqual([4, 5]);
  });

  it('finds the first frame at or after a time by binary search, also after wrapping', () => {
    const ring = new FrameRing(4);
    ring.push(frames(1, 2, 3, 4, 5, 6));
    expect(ring.lowerBound(0)).toBe(0);
    expect(ring.lowerBound(4)).toBe(1);
    expect(ring.lowerBound(4.5)).toBe(2);
    expect(ring.lowerBound(99)).toBe(4);
  });

  it('is empty after clear, with NaN as the latest value', () => {
    const ring = new FrameRing(4);
    ring.push(frames(1));
    ring.clear();
    expect(ring.length).toBe(0);
    expect(ring.received).toBe(0);
    expect(ring.latest(M.t_s)).toBeNaN();
  });

  it('refuses a batch that is not whole frames, and a capacity that is not a positive whole number', () => {
    expect(() => new FrameRing(4).push(new Float64Array(METRIC_COUNT + 1))).toThrow(/multiple of/);
    expect(() => new FrameRing(0)).toThrow(/positive whole number/);
  });
});
