/**
 * Latency as users experience it: p50/p99_all_ms count every request that ended in the interval,
 * failures at the moment their caller gave up; p50/p99_ms count delivered answers only.
 */
import { describe, expect, it } from 'vitest';
import { run } from './run';

describe('all-request latency', () => {
  it('equals delivered latency while nothing fails', () => {
    const r = run({ durationS: 60, workload: { rps: 1000 } });
    expect(r.mean('failed_rps', 0, 60)).toBe(0);
    expect(r.col('p99_all_ms')).toEqual(r.col('p99_ms'));
    expect(r.col('p50_all_ms')).toEqual(r.col('p50_ms'));
  });

  it('in the HotOS meltdown the delivered p99 stays small while users wait out every timeout and retry', () => {
    const r = run({ durationS: 300, events: [{ atS: 60, type: 'flush' }] });
    // Delivered answers are nearly all cache hits: a few ms. Those who fail waited out timeouts of
    // 1 s and backoffs (or were rejected by the full queue) before giving up.
    expect(r.mean('p99_ms', 200, 300)).toBeLessThan(50);
    expect(r.mean('failed_rps', 200, 300)).toBeGreaterThan(100);
    expect(r.mean('p99_all_ms', 200, 300)).toBeGreaterThan(2000);
    expect(r.mean('p99_all_ms', 200, 300) / r.mean('p99_ms', 200, 300)).toBeGreaterThan(40);
  });

  it('were appended after the older columns, which keep their places (only cap_dropped_rps came later)', async () => {
    const { METRIC_NAMES } = await import('../../src/sim/metrics');
    expect(METRIC_NAMES.indexOf('budget_tokens')).toBe(32);
    expect(METRIC_NAMES.slice(33)).toEqual(['p50_all_ms', 'p99_all_ms', 'cap_dropped_rps']);
  });
});
