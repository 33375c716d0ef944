import { describe, expect, it } from 'vitest';
import { erlangC, run } from './run';

// The cache off and timeouts out of reach: the database alone is an M/M/c queue.
const mmc = (c: number, rps: number, serviceMs: number, seed = 11) => ({
  seed,
  durationS: 3000,
  workload: { rps },
  cache: { capacity: 0, warm: false },
  db: { workers: c, serviceMs, queueLimit: 10_000_000 },
  client: { timeoutMs: 3_600_000, retries: 0 },
});

describe('the database with the cache off is an M/M/c queue', () => {
  it('matches the reference value of Erlang C: c = 4, λ = 300/s, 10 ms gives P(wait) ≈ 0.509', () => {
    expect(erlangC(4, 3)).toBeCloseTo(0.509, 3);
  });

  for (const [c, rps, serviceMs] of [
    [4, 300, 10],
    [8, 320, 20],
    [2, 150, 10],
  ] as const) {
    it(`c = ${c}, λ = ${rps}/s, ${serviceMs} ms: utilisation, mean wait and queue length match Erlang C`, () => {
      const r = run(mmc(c, rps, serviceMs));
      const a = (rps * serviceMs) / 1000;
      const rho = a / c;
      const wqMs = (erlangC(c, a) / ((c * 1000) / serviceMs - rps)) * 1000;
      const lq = (rps * wqMs) / 1000;
      // Skip the first 100 s (start-up from empty). Tolerances: ~3× the batch-means standard error
      // seen at these loads over 2,900 s.
      expect(r.mean('db_util', 100, 3000)).toBeCloseTo(rho, 2);
      expect(r.mean('db_wait_ms', 100, 3000) / wqMs).toBeGreaterThan(0.9);
      expect(r.mean('db_wait_ms', 100, 3000) / wqMs).toBeLessThan(1.1);
      expect(r.mean('queue_depth', 100, 3000) / lq).toBeGreaterThan(0.9);
      expect(r.mean('queue_depth', 100, 3000) / lq).toBeLessThan(1.1);
    });
  }

  it("obeys Little's law: time-averaged queue length = arrival rate × mean wait, within 2%", () => {
    const r = run(mmc(4, 300, 10, 3));
    const lambda = r.mean('db_rps', 100, 3000);
    const wq = r.mean('db_wait_ms', 100, 3000) / 1000;
    expect(r.mean('queue_depth', 100, 3000) / (lambda * wq)).toBeCloseTo(1, 1);
    expect(Math.abs(r.mean('queue_depth', 100, 3000) / (lambda * wq) - 1)).toBeLessThan(0.02);
  });
});
