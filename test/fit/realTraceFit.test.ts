/**
 * The fit of a REAL trace (a Redis + PostgreSQL stack whose cache was flushed) from a file holding
 * only what a dashboard shows: requests, successes, timeouts, hit rate, database CPU, p99. The fitted
 * scenario is then run with the seed the fit used and with one it never saw, and compared with the
 * trace, including columns the fit was not given (new requests, rejections, queue depth, cache
 * entries). Tolerances, over the settled failure (frames 150–300) unless said:
 * - warm hit rate (frames 10–85) within 0.02;
 * - the state after the trigger: every settled frame metastable (failing with no trigger in force),
 *   as in the trace, where goodput stays under half of the new requests; goodput share within 0.08;
 * - attempt amplification (attempts ÷ new requests) within 10%;
 * - what refills: the cache keeps only a few dozen keys (within a factor of 2 of the trace's count,
 *   under 1% of its capacity), and the hit rate they give within 0.05;
 * - rejections and timeouts per second within 20%, queue depth within 10%.
 * The fit runs in its quick mode: the same algorithm with a smaller budget and one seed per point.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importMetrics } from '../../src/fit/importFile';
import { runFit, type FitResult } from '../../src/fit/runFit';
import { inlineEvaluator, simulateFrames } from '../../src/fit/simulateFrames';
import { M, METRIC_COUNT, STATE_NAMES } from '../../src/sim/metrics';
import { dashboardCsv, traceTable } from './realTrace';

const trace = traceTable();
const obsMean = (c: string, a: number, b: number) =>
  trace
    .col(c)
    .slice(a, b)
    .reduce((x, y) => x + y, 0) /
  (b - a);
const SETTLED: [number, number] = [150, 300];

describe('the fit of the real flush trace from dashboard columns', () => {
  let fit: FitResult;
  const runs: { seed: number; frames: Float64Array }[] = [];
  beforeAll(async () => {
    const imported = importMetrics(dashboardCsv());
    fit = await runFit(imported.observed, inlineEvaluator, { budget: 24, replicas: 1, sensitivity: false });
    for (const seed of [fit.scenario.seed, 11]) runs.push({ seed, frames: simulateFrames({ ...fit.scenario, seed }) });
  }, 300_000);

  const simMean = (f: Float64Array, col: number, [a, b]: [number, number]) => {
    let s = 0;
    for (let k = a; k < b; k++) s += f[k * METRIC_COUNT + col];
    return s / (b - a);
  };

  it('is given only the dashboard columns', () => {
    expect(fit.residuals.map((r) => r.metric).sort()).toEqual(['db_util', 'goodput_rps', 'hit_rate', 'offered_rps', 'p99_ms', 'timeout_rps']);
  });

  it('places the flush in the second in which the (held-out) cache entries dropped to zero', () => {
    const dropped = trace.col('cache_entries').findIndex((v) => v === 0);
    const [ev] = fit.scenario.events;
    expect(ev.type).toBe('flush');
    expect(ev.atS).toBeGreaterThan(trace.col('t_s')[dropped] - 1);
    expect(ev.atS).toBeLessThanOrEqual(trace.col('t_s')[dropped]);
  });

  it('reproduces the warm hit rate', () => {
    for (const { seed, frames } of runs)
      expect(Math.abs(simMean(frames, M.hit_rate, [10, 85]) - obsMean('hit_rate', 10, 85)), `seed ${seed}`).toBeLessThan(0.02);
  });

  it('reproduces the state after the trigger: stuck, serving under half the requests', () => {
    const obsShare = obsMean('goodput_rps', ...SETTLED) / obsMean('first_rps', ...SETTLED);
    expect(obsShare).toBeLessThan(0.5);
    for (const { seed, frames } of runs) {
      for (let k = SETTLED[0]; k < SETTLED[1]; k++) expect(STATE_NAMES[frames[k * METRIC_COUNT + M.state]], `seed ${seed}, frame ${k}`).toBe('metastable');
      const share = simMean(frames, M.goodput_rps, SETTLED) / simMean(frames, M.first_rps, SETTLED);
      expect(Math.abs(share - obsShare), `seed ${seed}`).toBeLessThan(0.08);
    }
  });

  it('reproduces the attempt amplification', () => {
    const obsAmp = obsMean('offered_rps', ...SETTLED) / obsMean('first_rps', ...SETTLED);
    for (const { seed, frames } of runs) {
      const amp = simMean(frames, M.offered_rps, SETTLED) / simMean(frames, M.first_rps, SETTLED);
      expect(Math.abs(amp / obsAmp - 1), `seed ${seed}: ${amp} vs ${obsAmp}`).toBeLessThan(0.1);
    }
  });

  it('reproduces what refills: a few dozen keys, and the hit rate they give', () => {
    const obsEntries = obsMean('cache_entries', ...SETTLED);
    for (const { seed, frames } of runs) {
      const entries = simMean(frames, M.cache_entries, SETTLED);
      expect(entries / obsEntries, `seed ${seed}: ${entries} vs ${obsEntries}`).toBeGreaterThan(0.5);
      expect(entries / obsEntries, `seed ${seed}: ${entries} vs ${obsEntries}`).toBeLessThan(2);
      expect(entries).toBeLessThan(0.01 * fit.scenario.cache.capacity);
      expect(Math.abs(simMean(frames, M.hit_rate, SETTLED) - obsMean('hit_rate', ...SETTLED)), `seed ${seed}`).toBeLessThan(0.05);
    }
  });

  it('reproduces the held-out rejections, timeouts and queue depth', () => {
    for (const { seed, frames } of runs) {
      for (const [col, name, tol] of [
        [M.rejected_rps, 'rejected_rps', 0.2],
        [M.timeout_rps, 'timeout_rps', 0.2],
        [M.queue_depth, 'queue_depth', 0.1],
      ] as const) {
        const sim = simMean(frames, col, SETTLED);
        const obs = obsMean(name, ...SETTLED);
        expect(Math.abs(sim / obs - 1), `seed ${seed} ${name}: ${sim} vs ${obs}`).toBeLessThan(tol);
      }
    }
  });
});
