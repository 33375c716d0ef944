import { describe, expect, it } from 'vitest';
import { M, METRIC_COUNT } from '../../sim/metrics';
import { D, ROW_WIDTH, deriveInto } from './derivedMetrics';
import { FrameRing } from './frameRing';

describe('derived metrics', () => {
  it('splits DB CPU by the share of completions nobody waited for', () => {
    const row = new Float64Array(ROW_WIDTH);
    row[M.db_util] = 1;
    row[M.db_rps] = 400;
    row[M.wasted_rps] = 300;
    deriveInto(row);
    expect(row[D.wasted_util]).toBeCloseTo(0.75);
  });

  it('is 0 when the database completed nothing', () => {
    const row = new Float64Array(ROW_WIDTH);
    row[M.db_util] = 1;
    deriveInto(row);
    expect(row[D.wasted_util]).toBe(0);
  });

  it('are stored by the frame ring next to the core’s columns', () => {
    const frame = new Float64Array(METRIC_COUNT);
    frame[M.t_s] = 1;
    frame[M.db_util] = 0.5;
    frame[M.db_rps] = 100;
    frame[M.wasted_rps] = 100;
    const ring = new FrameRing(2);
    ring.push(frame);
    expect(ring.latest(D.wasted_util)).toBeCloseTo(0.5);
    expect(ring.latest(M.db_util)).toBe(0.5);
  });
});
