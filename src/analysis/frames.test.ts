import { describe, expect, it } from 'vitest';
import { frameRows } from '../../test/support/frameRows';
import {
  RECOVERED_FRAMES,
  RECOVERED_SHARE,
  STATE_HEALTHY_SHARE,
  firstRowAfter,
  frameTable,
  goodputShare,
  recoveryRow,
  spanCovered,
  spanExtreme,
  spanMean,
  spanRatio,
  toFrameArray,
  trailingShare,
} from './frames';

/** One-second frames ending at 1, 2, 3…, with goodput and demand per frame. */
function frames(rows: { goodput: number; first: number }[]): Float64Array {
  return frameRows(rows.map((r, i) => ({ t_s: i + 1, goodput_rps: r.goodput, first_rps: r.first })));
}

const steady = (n: number, goodput: number, first = 100) => Array.from({ length: n }, () => ({ goodput, first }));

describe('frames over a span of simulated time', () => {
  const table = frameTable(
    frames([
      { goodput: 10, first: 100 },
      { goodput: 20, first: 50 },
      { goodput: 60, first: 50 },
    ]),
  );

  it('holds the frames whose end lies in (fromS, toS]', () => {
    expect(spanMean(table, 'goodput_rps', { fromS: 1, toS: 3 })).toBe(40);
    expect(spanMean(table, 'goodput_rps', { fromS: 0, toS: 1 })).toBe(10);
  });

  it('reads the extreme frame, and NaN for a span with no frame', () => {
    expect(spanExtreme(table, 'goodput_rps', { fromS: 0, toS: 3 }, 'min')).toBe(10);
    expect(spanExtreme(table, 'goodput_rps', { fromS: 0, toS: 3 }, 'max')).toBe(60);
    expect(spanExtreme(table, 'goodput_rps', { fromS: 3, toS: 9 }, 'max')).toBeNaN();
    expect(spanMean(table, 'goodput_rps', { fromS: 3, toS: 9 })).toBeNaN();
  });

  it('weighs each frame of a ratio by its own denominator (sum over sum, not a mean of shares)', () => {
    expect(spanRatio(table, 'goodput_rps', 'first_rps', { fromS: 0, toS: 3 })).toBe(90 / 200);
  });

  it('is covered once a frame reaches the span end', () => {
    expect(spanCovered(table, { fromS: 0, toS: 3 })).toBe(true);
    expect(spanCovered(table, { fromS: 0, toS: 3.5 })).toBe(false);
  });

  it('turns back into the same flat table', () => {
    const f = frames(steady(4, 7));
    expect(toFrameArray(frameTable(f))).toEqual(f);
  });
});

describe('the goodput share and the recovered rule', () => {
  it('counts a frame without demand as fully served', () => {
    expect(goodputShare(frameTable(frames([{ goodput: 0, first: 0 }])), 0)).toBe(1);
  });

  it(`calls it recovered at the first of ${RECOVERED_FRAMES} frames in a row at ${RECOVERED_SHARE * 100}% of demand`, () => {
    const t = frameTable(frames([...steady(5, 10), ...steady(4, 99), ...steady(1, 50), ...steady(RECOVERED_FRAMES, 95)]));
    expect(recoveryRow(t, 0)).toBe(10);
    expect(t.timeS(recoveryRow(t, 0))).toBe(11);
  });

  it('finds no recovery in a run that falls short by one frame', () => {
    const t = frameTable(frames([...steady(3, 10), ...steady(RECOVERED_FRAMES - 1, 100)]));
    expect(recoveryRow(t, 0)).toBe(-1);
  });

  it('starts looking from the row it is given', () => {
    const t = frameTable(frames(steady(30, 100)));
    expect(recoveryRow(t, firstRowAfter(t, 12))).toBe(12);
  });

  it('averages the trailing frames, never reaching before the first row it may use', () => {
    const t = frameTable(frames([...steady(2, 0), ...steady(2, 100)]));
    expect(trailingShare(t, 3, 10)).toBe(0.5);
    expect(trailingShare(t, 3, 10, 2)).toBe(1);
  });

  it('keeps the classifier healthy line (smoothed) apart from the stricter recovered line (raw frames)', () => {
    expect(STATE_HEALTHY_SHARE).toBe(0.9);
    expect(RECOVERED_SHARE).toBe(0.95);
  });
});
