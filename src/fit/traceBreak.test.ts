/**
 * The break and the trigger kind, read from traces the lab makes with a known trigger: a dashboard's
 * columns only, so the rules see what a team's monitoring would show.
 */
import { describe, expect, it } from 'vitest';
import { resample } from './resample';
import { findBreak } from './traceBreak';
import { simulateFrames } from './simulateFrames';
import type { Observed, ObservedMetric } from './observed';
import { M, METRIC_COUNT } from '../sim/metrics';
import { parseScenario } from '../sim/parseScenario';

const DASHBOARD: ObservedMetric[] = ['offered_rps', 'goodput_rps', 'timeout_rps', 'hit_rate', 'db_util', 'p99_ms'];

function traceOf(doc: object): Observed {
  const f = simulateFrames(
    parseScenario({ seed: 5, durationS: 80, workload: { rps: 200, keys: 20_000 }, cache: { capacity: 3000 }, db: { workers: 2, serviceMs: 40 }, ...doc }).value,
  );
  const rows = f.length / METRIC_COUNT;
  const at = (k: number, m: ObservedMetric) => f[k * METRIC_COUNT + M[m]];
  return resample(
    DASHBOARD.map((metric) => ({
      metric,
      source: metric,
      timesS: Array.from({ length: rows }, (_, k) => at(k, 't_s' as ObservedMetric)),
      values: Array.from({ length: rows }, (_, k) => at(k, metric)),
    })),
    1000,
  );
}

describe('where and how a trace breaks', () => {
  it('a flush: the hit rate collapses; one of the hottest keys only: it falls less', () => {
    const whole = findBreak(traceOf({ events: [{ atS: 40.5, type: 'flush' }] }));
    expect(whole?.kind).toBe('flush');
    expect(Math.abs(whole!.atS - 40.5)).toBeLessThan(1);
    const hottest = findBreak(traceOf({ events: [{ atS: 40, type: 'flush', hottest: 100 }] }));
    expect(hottest?.kind).toBe('flush');
    expect(hottest!.hitLoss).toBeLessThan(whole!.hitLoss);
  });

  it('an outage: the database goes idle, for as long as it lasted', () => {
    const b = findBreak(traceOf({ events: [{ atS: 40, type: 'outage', forS: 8 }] }));
    expect(b?.kind).toBe('outage');
    expect(Math.abs(b!.atS - 40)).toBeLessThan(1.5);
    expect(Math.abs(b!.forS - 8)).toBeLessThanOrEqual(2);
  });

  it('a spike: the load jumps with the hit rate unchanged', () => {
    const b = findBreak(traceOf({ events: [{ atS: 40, type: 'spike', factor: 2, forS: 10 }] }));
    expect(b?.kind).toBe('spike');
    expect(b!.factor).toBeGreaterThan(1.6);
    expect(Math.abs(b!.atS - 40)).toBeLessThan(1.5);
  });

  it('no trigger: no break', () => {
    expect(findBreak(traceOf({ events: [] }))).toBeNull();
  });
});
