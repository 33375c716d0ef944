import { describe, expect, it } from 'vitest';
import { cheHitRate } from '../../src/sim/che';
import { FRESH, LruCache, MISS, STALE } from '../../src/sim/lru';
import { run } from './run';

describe('the LRU cache under Zipf keys', () => {
  // A database far larger than needed, so nothing but the cache shapes the hit rate.
  const steady = (keys: number, zipf: number, capacity: number) =>
    run({ durationS: 120, workload: { rps: 5000, keys, zipf }, cache: { capacity }, db: { workers: 200 } });

  for (const [keys, zipf, capacity] of [
    [100_000, 1.1, 20_000],
    [100_000, 0.8, 5_000],
    [20_000, 1.3, 500],
  ] as const) {
    it(`lands within 1 point of Che's approximation: ${capacity} entries over Zipf(${zipf}) on ${keys} keys`, () => {
      const r = steady(keys, zipf, capacity);
      const che = cheHitRate(keys, zipf, capacity);
      expect(Math.abs(r.mean('hit_rate', 20, 120) - che)).toBeLessThan(0.01);
    });
  }

  it('a warm start begins at the steady state rather than empty', () => {
    const r = steady(100_000, 1.1, 20_000);
    expect(r.col('cache_entries')[0]).toBe(20_000);
    expect(Math.abs(r.col('hit_rate')[0] - cheHitRate(100_000, 1.1, 20_000))).toBeLessThan(0.02);
  });

  it('a cold start fills the cache from answers and climbs towards the same hit rate', () => {
    const r = run({ durationS: 300, workload: { rps: 3000 }, cache: { warm: false }, db: { workers: 200 } });
    const hit = r.col('hit_rate');
    expect(r.col('cache_entries')[0]).toBeLessThan(5_000);
    expect(hit[0]).toBeLessThan(cheHitRate(100_000, 1.1, 20_000) - 0.2);
    expect(Math.abs(r.mean('hit_rate', 200, 300) - cheHitRate(100_000, 1.1, 20_000))).toBeLessThan(0.01);
  });

  it('evicts the least recently used entry first and never holds more than its capacity', () => {
    const c = new LruCache(10, 3);
    for (const k of [1, 2, 3]) c.insert(k, Infinity);
    c.lookup(1, 0, 0); // 2 is now the least recently used
    c.insert(4, Infinity);
    expect([1, 2, 3, 4].map((k) => c.has(k))).toEqual([true, false, true, true]);
    expect(c.size).toBe(3);
    c.setCapacity(1);
    expect(c.size).toBe(1);
    expect(c.has(4)).toBe(true);
  });

  it('expires entries at lookup, serving them stale within the stale window', () => {
    const c = new LruCache(10, 5);
    c.insert(7, 1000);
    expect(c.lookup(7, 999, 0)).toBe(FRESH);
    expect(c.lookup(7, 1200, 500)).toBe(STALE);
    expect(c.lookup(7, 1500, 500)).toBe(MISS);
    expect(c.has(7)).toBe(false);
  });

  it('with a TTL, the hit rate is lower than without and entries keep turning over', () => {
    const noTtl = steady(100_000, 1.1, 20_000);
    const ttl = run({ durationS: 120, workload: { rps: 5000 }, cache: { capacity: 20_000, ttlMs: 2000 }, db: { workers: 200 } });
    expect(ttl.mean('hit_rate', 20, 120)).toBeLessThan(noTtl.mean('hit_rate', 20, 120) - 0.05);
    expect(ttl.mean('fill_rps', 20, 120)).toBeGreaterThan(noTtl.mean('fill_rps', 20, 120));
  });
});
