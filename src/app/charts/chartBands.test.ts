/**
 * The band a jumpy percentile is drawn as: its columns keep the lowest, highest and median value
 * of their frames, and a column where nothing was measured is a gap, never a zero.
 */
import { describe, expect, it } from 'vitest';
import { METRIC_COUNT, M } from '../../sim/metrics';
import { FrameRing } from '../data/frameRing';
import { BandPoints, framesPerColumn } from './chartBands';

/** Frames one second apart with the given p99 and goodput values. */
function ring(p99: number[], goodput: number[]): FrameRing {
  const rows = new Float64Array(p99.length * METRIC_COUNT);
  p99.forEach((v, i) => {
    rows[i * METRIC_COUNT + M.t_s] = i + 1;
    rows[i * METRIC_COUNT + M.p99_ms] = v;
    rows[i * METRIC_COUNT + M.goodput_rps] = goodput[i];
  });
  const r = new FrameRing(p99.length);
  r.push(rows);
  return r;
}

describe('latency bands', () => {
  it('a comb (1 ms, 1,000 ms, …) over a whole run becomes a band from 1 to 1,000 ms with its median as the line', () => {
    const comb = Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 1000 : 1));
    const b = new BandPoints();
    b.fill(
      ring(
        comb,
        comb.map(() => 50),
      ),
      M.p99_ms,
      0,
      600,
      300,
    );
    expect(framesPerColumn(600, 300)).toBe(8);
    expect(b.n).toBe(75);
    for (let c = 0; c < b.n; c++) {
      expect([b.lo[c], b.hi[c], b.mid[c]]).toEqual([1, 1000, 1]);
    }
  });

  it('keeps every frame as it is when the plot has room for it', () => {
    const b = new BandPoints();
    b.fill(ring([3, 9, 4], [1, 1, 1]), M.p99_ms, 0, 3, 600);
    expect(Array.from(b.mid.subarray(0, b.n))).toEqual([3, 9, 4]);
    expect(Array.from(b.t.subarray(0, b.n))).toEqual([1, 2, 3]);
  });

  it('frames that delivered no answers are gaps, not 0 ms', () => {
    const b = new BandPoints();
    b.fill(ring([5, 0, 0, 7], [10, 0, 0, 10]), M.p99_ms, 0, 4, 600, M.goodput_rps);
    expect(Array.from(b.mid.subarray(0, b.n))).toEqual([5, NaN, NaN, 7]);
  });
});
