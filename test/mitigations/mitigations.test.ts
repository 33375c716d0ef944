import { describe, expect, it } from 'vitest';
import { mitigationById, MITIGATIONS } from '../../src/mitigations/catalog';
import { evaluate, hotosWith } from '../../src/mitigations/evaluate';
import { createSimulation } from '../../src/sim/simulation';
import type { MetricName } from '../../src/sim/metrics';
import { columnOf, frameTable } from '../../src/analysis/frames';
import { run, scenario } from '../core/run';
import type { ParamsPatch } from '../../src/sim/scenario';

const on = (id: string): ParamsPatch => mitigationById(id)!.on;
const STORM_S = 300;
const baseline = evaluate(hotosWith({}));
/** Each mitigation switched on in the storm (at 300 s), recovery timed from the switch. */
const inStorm = (id: string, base: ParamsPatch = {}) => evaluate(hotosWith(on(id), { atS: STORM_S, base }), STORM_S);
const fromStart = (id: string, base: ParamsPatch = {}) => evaluate(hotosWith(on(id), { base }));

describe("mitigations on the HotOS '21 example (flush at 150 s)", () => {
  it('without any, it stays stuck: goodput at the end is below 60% of demand', () => {
    expect(baseline.recoverS).toBeNull();
    expect(baseline.finalShare).toBeLessThan(0.6);
  });

  for (const id of ['queue-delay-shedding', 'concurrency-limit', 'codel', 'short-queue', 'lifo', 'adaptive-lifo']) {
    it(`${id} switched on in the storm breaks the loop within 60 simulated seconds`, () => {
      const o = inStorm(id);
      expect(o.recoverS).not.toBeNull();
      expect(o.recoverS!).toBeLessThanOrEqual(60);
      expect(o.finalShare).toBeGreaterThan(0.97);
    });
  }

  it('a circuit breaker recovers too, but slowly: it fails fast until the queue drains, then probes', () => {
    const o = inStorm('circuit-breaker');
    expect(o.recoverS).not.toBeNull();
    expect(o.recoverS!).toBeGreaterThan(60);
    expect(o.recoverS!).toBeLessThan(300);
  });

  it('coalescing from the start recovers, slowly; switched on in the storm it does not within 5 minutes', () => {
    expect(fromStart('coalescing').recoverS).not.toBeNull();
    expect(inStorm('coalescing').recoverS).toBeNull();
  });

  it('deadline propagation alone helps but does not recover: the queue refills with retries as fast as it skips', () => {
    const o = inStorm('deadline-propagation');
    expect(o.recoverS).toBeNull();
    expect(o.finalShare).toBeGreaterThan(baseline.finalShare + 0.05);
  });

  it('filling from late answers refills the cache but the remaining misses still never get an answer in time', () => {
    const o = inStorm('fill-late');
    expect(o.recoverS).toBeNull();
    expect(o.finalShare).toBeGreaterThan(0.85);
    expect(o.finalShare).toBeLessThan(0.95);
    expect(o.wasted).toBeLessThan(baseline.wasted);
  });

  for (const id of ['retry-budget', 'equal-jitter', 'decorrelated-jitter', 'no-backoff', 'warm-up', 'retry-after', 'versioned-keys']) {
    it(`${id} alone does not get it out: the deep queue of abandoned queries sustains the failure`, () => {
      const o = inStorm(id);
      expect(o.recoverS).toBeNull();
      expect(o.finalShare).toBeLessThan(0.65);
    });
  }
});

describe('what each mechanism does, as the literature expects', () => {
  it('a retry budget caps retries near its refill ratio once most attempts fail', () => {
    const withBudget = run(hotosWith(on('retry-budget')));
    const without = run(hotosWith({}));
    // Refill: 1 token per success, a retry costs 5–10: retries ≤ successes / 5.
    expect(withBudget.mean('retry_rps', 200, 600)).toBeLessThan(withBudget.mean('goodput_rps', 200, 600) / 5 + 10);
    expect(withBudget.mean('retry_rps', 200, 600)).toBeLessThan(0.2 * without.mean('retry_rps', 200, 600));
    expect(withBudget.mean('budget_denied_rps', 200, 600)).toBeGreaterThan(100);
    expect(withBudget.mean('retry_rps', 10, 150)).toBe(0); // healthy: nothing to retry, budget untouched
  });

  it('request coalescing bounds database queries per key: never more queries in flight than keys', () => {
    const keys = 20;
    const r = run({ durationS: 60, workload: { rps: 2000, keys }, cache: { capacity: 0, warm: false, coalesce: true }, db: { workers: 4, serviceMs: 20 } });
    const inDb = r.col('queue_depth').map((q, i) => q + r.col('db_util')[i] * 4);
    expect(Math.max(...inDb)).toBeLessThanOrEqual(keys);
    expect(r.mean('coalesced_rps', 5, 60)).toBeGreaterThan(1000);
  });

  it('stale-while-revalidate keeps serving through a storm that a TTL alone turns into zero goodput', () => {
    const ttl = { cache: { ttlMs: 60_000 } };
    const plain = evaluate(hotosWith({}, { base: ttl }));
    const swr = evaluate(hotosWith(on('stale-while-revalidate'), { base: ttl }));
    expect(plain.finalShare).toBeLessThan(0.05);
    expect(swr.finalShare).toBeGreaterThan(0.5);
    expect(swr.staleServed).toBeGreaterThan(0);
  });

  it('XFetch refreshes hot keys before they expire, so their expiry causes no burst of misses', () => {
    // A small, fully cached key space: every miss is an expiry.
    const small = { durationS: 120, events: [], workload: { keys: 100 }, cache: { capacity: 100, ttlMs: 5000 } };
    const plain = run(small);
    const xf = run({ ...small, cache: { capacity: 100, ttlMs: 5000, xfetchBeta: 1 } });
    expect(xf.mean('background_rps', 20, 120)).toBeGreaterThan(1);
    expect(xf.mean('hit_rate', 20, 120)).toBeGreaterThan(plain.mean('hit_rate', 20, 120));
    expect(xf.mean('db_rps', 20, 120)).toBeLessThan(plain.mean('db_rps', 20, 120));
    expect(xf.mean('p99_ms', 20, 120)).toBeLessThan(plain.mean('p99_ms', 20, 120));
  });

  it('TTL jitter spreads the expiry of entries filled together', () => {
    const spread = (ttlJitter: number) => {
      // After a flush, a database with room refills the hottest keys within a second or two.
      const sim = createSimulation(scenario({ durationS: 30, events: [{ atS: 10, type: 'flush' }], cache: { ttlMs: 30_000, ttlJitter }, db: { workers: 80 } }));
      sim.advance(15_000);
      const cache = (sim as unknown as { cache: { lru: { expiresAt(k: number): number } } }).cache.lru;
      const expiries = Array.from({ length: 50 }, (_, k) => cache.expiresAt(k));
      return Math.max(...expiries) - Math.min(...expiries);
    };
    expect(spread(0)).toBeLessThan(2_000);
    expect(spread(0.5)).toBeGreaterThan(8_000);
  });

  it('cache warm-up prefills the hottest keys while the database has room, and pauses when it has none', () => {
    const cold = { durationS: 120, events: [], workload: { rps: 200 }, cache: { warm: false, warmupRps: 300 } };
    const r = run(cold);
    expect(r.mean('background_rps', 5, 60)).toBeGreaterThan(200);
    const storm = run(hotosWith(on('warm-up'), { atS: STORM_S }));
    expect(storm.mean('background_rps', STORM_S, 600)).toBeLessThan(1);
  });

  it('versioned keys turn a key-changing deploy into a non-event', () => {
    const deploy = { durationS: 300, events: [{ atS: 100, type: 'deploy', fraction: 1 }] };
    const plain = run(deploy);
    const versioned = run({ ...deploy, cache: { versionedKeys: true } });
    expect(plain.mean('goodput_rps', 200, 300) / plain.mean('first_rps', 200, 300)).toBeLessThan(0.7);
    expect(versioned.mean('goodput_rps', 110, 300) / versioned.mean('first_rps', 110, 300)).toBeGreaterThan(0.97);
  });

  it('honouring retry-after holds retries back right after overload errors', () => {
    const shed = { shedding: { mode: 'queue-delay' as const, maxQueueDelayMs: 200 } };
    const plain = run(hotosWith({}, { base: shed }));
    const polite = run(hotosWith(on('retry-after'), { base: shed }));
    expect(polite.mean('offered_rps', 150, 152)).toBeLessThan(0.8 * plain.mean('offered_rps', 150, 152));
  });

  it('deadline propagation skips queued queries whose caller left', () => {
    const r = run(hotosWith(on('deadline-propagation')));
    expect(r.mean('dropped_rps', 200, 600)).toBeGreaterThan(100);
  });

  it('a circuit breaker fails fast while open', () => {
    const sim = createSimulation(hotosWith(on('circuit-breaker'), { durationS: 200 }));
    sim.advance(Infinity);
    const frames = frameTable(sim.takeFrames());
    const sinceFlush = (metric: MetricName) =>
      columnOf(frames, metric)
        .slice(150)
        .reduce((a, b) => a + b, 0);
    const open = sinceFlush('breaker_open');
    const fastFails = sinceFlush('breaker_rps');
    expect(open).toBeGreaterThan(5);
    expect(fastFails).toBeGreaterThan(1000);
    expect(sim.totals().failedBreaker).toBeGreaterThan(0);
  });

  it('every mitigation in the catalogue switches off again to the defaults', () => {
    for (const m of MITIGATIONS) {
      const s = hotosWith(m.off, { durationS: 10 });
      const d = hotosWith({}, { durationS: 10 });
      expect(s, m.id).toEqual(d);
    }
  });
});
