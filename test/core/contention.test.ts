/**
 * Capacity that degrades under concurrency: workers are connections, cores do the work, and past the
 * cores each query in service slows the others, so a larger pool lowers throughput.
 */
import { describe, expect, it } from 'vitest';
import { run } from './run';

// No cache, far more demand than the database serves, no timeouts in the way: db_rps is throughput.
const saturated = (workers: number, cores: number, contention: number) =>
  run({
    durationS: 60,
    workload: { rps: 2000, keys: 1000 },
    cache: { capacity: 0 },
    db: { workers, serviceMs: 10, queueLimit: 100_000, cores, contention },
    client: { timeoutMs: 3_600_000, retries: 0 },
  }).mean('db_rps', 10, 60);

describe('capacity past the knee', () => {
  it('without cores set, throughput is workers / serviceMs as before', () => {
    expect(saturated(4, 0, 0.5) / 400).toBeGreaterThan(0.97);
    expect(saturated(4, 0, 0.5) / 400).toBeLessThan(1.03);
  });

  it('follows min(n, cores) / serviceMs / (1 + contention × (n − cores)) with the pool full', () => {
    for (const [workers, cores, contention] of [
      [16, 4, 0.05],
      [32, 8, 0.02],
      [8, 8, 0.5],
    ] as const) {
      const expected = (Math.min(workers, cores) * 100) / (1 + contention * Math.max(0, workers - cores));
      expect(Math.abs(saturated(workers, cores, contention) / expected - 1), `${workers}/${cores}/${contention}`).toBeLessThan(0.05);
    }
  });

  it('more connections than cores lower throughput', () => {
    expect(saturated(64, 8, 0.02)).toBeLessThan(saturated(16, 8, 0.02) * 0.7);
  });

  it('with contention 0, connections beyond the cores share them: throughput stays at cores / serviceMs', () => {
    expect(Math.abs(saturated(32, 8, 0) / 800 - 1)).toBeLessThan(0.05);
  });
});
