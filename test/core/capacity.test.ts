/**
 * The capacity readouts (hidden = the database alone) follow the database's contention curve: a
 * pool larger than the cores adds no capacity, so the readout must not promise it.
 */
import { describe, expect, it } from 'vitest';
import { capacities } from '../../src/sim/capacity';
import { createSimulation } from '../../src/sim/simulation';
import { run, scenario } from './run';

const db = (workers: number, cores: number, contention: number) => ({ workers, serviceMs: 10, queueLimit: 100_000, cores, contention });
const paramsOf = (d: ReturnType<typeof db>) => createSimulation(scenario({ db: d })).params();

describe('hidden capacity with cores', () => {
  it('without cores set it is workers / serviceMs, as before', () => {
    expect(capacities(paramsOf(db(8, 0, 0))).hiddenRps).toBeCloseTo(800, 6);
  });

  it('with more connections than cores it is the best point of the curve: cores / serviceMs', () => {
    expect(capacities(paramsOf(db(64, 8, 0.02))).hiddenRps).toBeCloseTo(800, 6);
    expect(capacities(paramsOf(db(4, 8, 0.02))).hiddenRps).toBeCloseTo(400, 6);
  });

  it('the 2019 scaled-up database (220 connections, 130 cores, 450 ms) reads ~289 queries/s, not 489', () => {
    const p = createSimulation(scenario({ db: { workers: 220, cores: 130, serviceMs: 450, contention: 0.01 } })).params();
    expect(capacities(p).dbQps).toBeCloseTo((130 * 1000) / 450, 6);
  });

  it('no saturated run beats the readout, and one that keeps just the cores busy reaches it', () => {
    const measured = (workers: number) =>
      run({
        durationS: 60,
        workload: { rps: 2000, keys: 1000 },
        cache: { capacity: 0 },
        db: db(workers, 8, 0.02),
        client: { timeoutMs: 3_600_000, retries: 0 },
      }).mean('db_rps', 10, 60);
    const readout = capacities(paramsOf(db(32, 8, 0.02))).hiddenRps;
    expect(measured(32)).toBeLessThan(readout);
    expect(Math.abs(measured(8) / readout - 1)).toBeLessThan(0.05);
  });
});
