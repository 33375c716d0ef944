/**
 * The fit on a trace whose truth is known: the lab's own run of a scenario, reduced to the columns a
 * dashboard shows. The fit must find the parameters the trace shows (the trigger, the timeout, the
 * retries, the queue bound, the database's capacity), keep what the user fixed, and report which
 * parameters the trace barely constrains.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resample } from '../../src/fit/resample';
import { runFit, type FitResult } from '../../src/fit/runFit';
import { inlineEvaluator, simulateFrames } from '../../src/fit/simulateFrames';
import type { Observed, ObservedMetric, RawSeries } from '../../src/fit/observed';
import { M, METRIC_COUNT } from '../../src/sim/metrics';
import { parseScenario } from '../../src/sim/parseScenario';

const truth = parseScenario({
  seed: 99,
  durationS: 90,
  workload: { rps: 150, keys: 20_000, zipf: 1.1 },
  cache: { capacity: 2000 },
  db: { workers: 4, serviceMs: 100, queueLimit: 600 },
  client: { timeoutMs: 800, retries: 2 },
  events: [{ atS: 30.4, type: 'flush' }],
}).value;

const DASHBOARD: ObservedMetric[] = ['offered_rps', 'goodput_rps', 'timeout_rps', 'hit_rate', 'db_util', 'p99_ms'];

function dashboardOf(frames: Float64Array): Observed {
  const rows = frames.length / METRIC_COUNT;
  const series: RawSeries[] = DASHBOARD.map((metric) => ({
    metric,
    source: metric,
    timesS: Array.from({ length: rows }, (_, k) => frames[k * METRIC_COUNT + M.t_s]),
    values: Array.from({ length: rows }, (_, k) => frames[k * METRIC_COUNT + M[metric]]),
  }));
  return resample(series, 1000);
}

describe('fitting a trace of known origin', () => {
  let observed: Observed;
  let fit: FitResult;
  let fixedFit: FitResult;
  beforeAll(async () => {
    observed = dashboardOf(simulateFrames(truth));
    fit = await runFit(observed, inlineEvaluator, { budget: 24 });
    fixedFit = await runFit(observed, inlineEvaluator, { budget: 8, sensitivity: false, fixed: { 'db.workers': 5, 'client.retries': 1 } });
  });

  it('finds a flush within a frame of when it happened', () => {
    expect(fit.scenario.events).toHaveLength(1);
    expect(fit.scenario.events[0].type).toBe('flush');
    expect(Math.abs(fit.scenario.events[0].atS - 30.4)).toBeLessThan(1);
  });

  it('recovers the load and the retries, which the trace shows directly', () => {
    expect(Math.abs(fit.scenario.workload.rps / 150 - 1)).toBeLessThan(0.05);
    expect(fit.scenario.client.retries).toBe(2);
  });

  it('recovers the database capacity within a quarter', () => {
    const qps = (fit.scenario.db.workers * 1000) / fit.scenario.db.serviceMs;
    expect(Math.abs(qps / 40 - 1)).toBeLessThan(0.25);
  });

  it('recovers the database capacity, the timeout and the queue bound, or says the trace barely constrains them', () => {
    const s = fit.scenario;
    const found: [string, number, number, number][] = [
      ['db.capacityQps', (s.db.workers * 1000) / s.db.serviceMs, 40, 0.25],
      ['client.timeoutMs', s.client.timeoutMs, 800, 0.3],
      ['db.queueLimit', s.db.queueLimit, 600, 0.4],
    ];
    for (const [name, value, truthValue, tolerance] of found) {
      const sens = fit.sensitivity.find((x) => x.name === name);
      expect(sens, name).toBeDefined();
      if (sens!.constrained) expect(Math.abs(value / truthValue - 1), `${name} = ${value} reported as constrained`).toBeLessThan(tolerance);
    }
  });

  it('lowers the loss from the analytic start or keeps it, and reports a residual for every series', () => {
    expect(fit.loss).toBeLessThanOrEqual(fit.startLoss);
    expect(fit.residuals.map((r) => r.metric)).toEqual(DASHBOARD);
    for (const r of fit.residuals) expect(Number.isFinite(r.rms)).toBe(true);
  });

  it('measures how much each searched parameter matters', () => {
    expect(fit.sensitivity.map((x) => x.name)).toEqual(fit.searched);
    for (const x of fit.sensitivity) expect(x.constrained).toBe(x.rise >= 0.05);
    // The retries move attempts per request by a whole attempt: no trace of a failure misses that.
    expect(fit.sensitivity.find((x) => x.name === 'client.retries')?.constrained).toBe(true);
  });

  it('keeps fixed parameters as the user set them and searches the rest around them', () => {
    expect(fixedFit.scenario.db.workers).toBe(5);
    expect(fixedFit.scenario.client.retries).toBe(1);
    expect(fixedFit.searched).not.toContain('client.retries');
  });
});
