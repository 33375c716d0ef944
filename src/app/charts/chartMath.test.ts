import { describe, expect, it } from 'vitest';
import { M } from '../../sim/metrics';
import { frameRows } from '../../../test/support/frameRows';
import { FrameRing } from '../data/frameRing';
import { SeriesPoints, maxOver, niceCeiling, runsOf, timeWindow, visibleRange, yCeiling } from './chartMath';
import { frameAt } from './hoverLayer';

function ringOf(rows: { t: number; goodput?: number; state?: number }[]): FrameRing {
  const ring = new FrameRing(Math.max(1, rows.length));
  ring.push(frameRows(rows.map((r) => ({ t_s: r.t, goodput_rps: r.goodput ?? 0, state: r.state ?? 0 }))));
  return ring;
}

describe('timeWindow', () => {
  it('starts at 0 and keeps the full width while the run is younger than the window', () => {
    expect(timeWindow(30, 600, 'rolling', 120)).toEqual([0, 120]);
  });
  it('rolls with the clock once the run is older than the window', () => {
    expect(timeWindow(300, 600, 'rolling', 120)).toEqual([180, 300]);
  });
  it('never asks for more than the run when the run is shorter than the window', () => {
    expect(timeWindow(20, 60, 'rolling', 120)).toEqual([0, 60]);
  });
  it('shows the whole scheduled run on request', () => {
    expect(timeWindow(30, 600, 'whole', 120)).toEqual([0, 600]);
  });
});

describe('yCeiling', () => {
  it('keeps a fixed maximum while the data uses it, and zooms a series far below it, saying so', () => {
    expect(yCeiling(0.6, 1, undefined, 0.25)).toEqual({ yMax: 1, zoomed: false });
    // DB CPU peaking at 9%: 0–15%, so the peaks fill most of the plot.
    const cpu = yCeiling(0.09, 1, undefined, 0.25);
    expect(cpu.zoomed).toBe(true);
    expect(cpu.yMax).toBeCloseTo(0.15, 12);
    const origin = yCeiling(0.028, 1, undefined, 0.25);
    expect(origin.zoomed).toBe(true);
    expect(origin.yMax).toBeCloseTo(0.04, 12);
    // Without zoomBelow, or with no data yet, the fixed maximum holds.
    expect(yCeiling(0.09, 1, undefined)).toEqual({ yMax: 1, zoomed: false });
    expect(yCeiling(0, 1, undefined, 0.25)).toEqual({ yMax: 1, zoomed: false });
    expect(yCeiling(340, undefined, 10)).toEqual({ yMax: 400, zoomed: false });
  });
});

describe('niceCeiling', () => {
  it.each([
    [3014, 4000],
    [6720, 8000],
    [12_345, 15_000],
    [5000, 5000],
    [0.7, 1],
    [0, 100],
  ])('puts the axis for a maximum of %d at %d', (max, ceiling) => {
    expect(niceCeiling(max, max === 0 ? 100 : 1)).toBe(ceiling);
  });
  it('is never below the maximum, so no line leaves the plot', () => {
    for (let v = 0.013; v < 1e7; v *= 1.37) expect(niceCeiling(v)).toBeGreaterThanOrEqual(v);
  });
});

describe('visibleRange', () => {
  const ring = ringOf([1, 2, 3, 4, 5, 6].map((t) => ({ t })));
  it('includes one frame either side of the window so lines reach its edges', () => {
    expect(visibleRange(ring, [2.5, 4.5])).toEqual([1, 5]);
  });
  it('clamps to the frames there are', () => {
    expect(visibleRange(ring, [0, 100])).toEqual([0, 6]);
    expect(visibleRange(ringOf([]), [0, 10])).toEqual([0, 0]);
  });
});

describe('maxOver', () => {
  it('ignores NaN (no deliveries, no latency) and is 0 for no frames', () => {
    const ring = ringOf([
      { t: 1, goodput: 5 },
      { t: 2, goodput: Number.NaN },
      { t: 3, goodput: 7 },
    ]);
    expect(maxOver(ring, [M.goodput_rps], 0, 3)).toBe(7);
    expect(maxOver(ring, [M.goodput_rps], 0, 0)).toBe(0);
  });
});

describe('SeriesPoints', () => {
  it('passes every frame through when they fit', () => {
    const ring = ringOf([
      { t: 1, goodput: 3 },
      { t: 2, goodput: 4 },
    ]);
    const p = new SeriesPoints(1);
    p.fill(ring, M.goodput_rps, 0, 2, 100);
    expect(p.n).toBe(2);
    expect(Array.from(p.v.subarray(0, p.n))).toEqual([3, 4]);
  });
  it('thins long runs to min and max per bucket, so a one-frame spike survives', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ t: i + 1, goodput: i === 617 ? 9999 : 100 }));
    const p = new SeriesPoints();
    p.fill(ringOf(rows), M.goodput_rps, 0, 1000, 50);
    expect(p.n).toBeLessThanOrEqual(50);
    expect(Math.max(...p.v.subarray(0, p.n))).toBe(9999);
    // Still in time order.
    for (let i = 1; i < p.n; i++) expect(p.t[i]).toBeGreaterThan(p.t[i - 1]);
  });
});

describe('runsOf', () => {
  it('groups frames into runs of one state, each frame covering the interval before its time', () => {
    const ring = ringOf([
      { t: 1, state: 1 },
      { t: 2, state: 1 },
      { t: 3, state: 3 },
      { t: 4, state: 3 },
      { t: 5, state: 4 },
    ]);
    expect(runsOf(ring, M.state, 0, 5, 1)).toEqual([
      { startS: 0, endS: 2, value: 1 },
      { startS: 2, endS: 4, value: 3 },
      { startS: 4, endS: 5, value: 4 },
    ]);
  });
});

describe('frameAt (reading a moment)', () => {
  const ring = ringOf([1, 2, 3, 4].map((t) => ({ t })));
  it('picks the frame whose interval contains the time', () => {
    expect(frameAt(ring, 2.5)).toBe(2);
    expect(frameAt(ring, 3)).toBe(2);
  });
  it('is the newest frame when not hovering or past the end, and -1 with no frames', () => {
    expect(frameAt(ring, null)).toBe(3);
    expect(frameAt(ring, 99)).toBe(3);
    expect(frameAt(ringOf([]), 1)).toBe(-1);
  });
});
