/**
 * Keys expensive to rebuild: the K hottest keys hold a database worker for their own rebuild time,
 * and without coalescing every miss that arrives during a rebuild starts another one.
 */
import { describe, expect, it } from 'vitest';
import { run } from './run';

describe('expensive keys', () => {
  it('hold a worker for rebuildMs: with no cache, utilisation is rate × rebuild time / workers', () => {
    // 50 queries/s × 200 ms on 40 workers = 25% busy (the other keys would give 50 × 20 ms / 40 = 2.5%).
    const r = run({ durationS: 120, workload: { rps: 50, keys: 100 }, cache: { capacity: 0, rebuildHottest: 100, rebuildMs: 200 }, db: { workers: 40 } });
    expect(r.mean('db_util', 10, 120)).toBeGreaterThan(0.22);
    expect(r.mean('db_util', 10, 120)).toBeLessThan(0.28);
  });

  // The hottest key (Zipf 1.1 over 1,000 keys: ~15% of 1,000 req/s) expires every 20 s and takes
  // 2 s to rebuild; every other key fits in the cache and never expires in this run's terms.
  const feed = (coalesce: boolean) =>
    run({
      durationS: 100,
      workload: { rps: 1000, keys: 1000, zipf: 1.1 },
      cache: { capacity: 1000, ttlMs: 20_000, ttlJitter: 0, coalesce, rebuildHottest: 1, rebuildMs: 2000 },
      db: { workers: 1000, serviceMs: 5 },
      client: { timeoutMs: 5000, retries: 0 },
    });

  it('without coalescing every miss during a rebuild starts another: hundreds of rebuilds at each expiry', () => {
    const without = feed(false);
    const withCoalescing = feed(true);
    // Busy workers at the peak (a frame's mean): ~190 misses/s of the key, each rebuilding for 2 s,
    // against one rebuild when coalesced.
    const peakBusy = (r: ReturnType<typeof run>) => Math.max(...r.col('db_util')) * 1000;
    expect(peakBusy(without)).toBeGreaterThan(150);
    expect(peakBusy(withCoalescing)).toBeLessThan(15);
    expect(Math.max(...withCoalescing.col('coalesced_rps'))).toBeGreaterThan(50);
  });
});
