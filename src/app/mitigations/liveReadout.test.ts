import { describe, expect, it } from 'vitest';
import { M, METRIC_COUNT } from '../../sim/metrics';
import { liveText } from './liveReadout';

const frame = new Float64Array(METRIC_COUNT);
frame[M.t_s] = 12;
frame[M.budget_tokens] = 312;
frame[M.budget_denied_rps] = 40;
frame[M.breaker_open] = 1;
frame[M.breaker_rps] = 812.4;
const col = (c: number) => frame[c];

describe('liveText', () => {
  it('reads the mechanism off the newest frame', () => {
    expect(liveText('retry-budget', col)).toBe('312 tokens · 40 denied/s');
    expect(liveText('circuit-breaker', col)).toBe('open · 812 fast-failed/s');
    expect(liveText('codel', col)).toBe('0 shed/s');
  });

  it('is empty before the first frame and for switches without a metric of their own', () => {
    expect(liveText('codel', () => Number.NaN)).toBe('');
    expect(liveText('equal-jitter', col)).toBe('');
  });
});
