/**
 * A deploy that makes cache keys finer: each logical key is stored once per request shape, so the
 * same cache holds a smaller share of the hot set, and the hit rate settles where Che's
 * approximation puts it for the split key distribution. A rollback makes the old entries reachable.
 */
import { describe, expect, it } from 'vitest';
import { cheHitRate, cheHitRateFromPopularity } from '../../src/sim/che';
import { parseScenario } from '../../src/sim/parseScenario';
import { zipfPopularity } from '../../src/sim/zipf';
import { run } from './run';

/** Popularities after every key is split into `shapes` equally likely cache keys. */
function splitPopularity(keys: number, zipf: number, shapes: number): Float64Array {
  const p = zipfPopularity(keys, zipf);
  const out = new Float64Array(keys * shapes);
  for (let i = 0; i < keys; i++) for (let s = 0; s < shapes; s++) out[i * shapes + s] = p[i] / shapes;
  return out;
}

// A database far larger than the misses need: only the cache decides the hit rate.
const base = { durationS: 160, workload: { rps: 4000, keys: 20_000, zipf: 0.9 }, cache: { capacity: 4_000 }, db: { workers: 400, serviceMs: 5 } };

describe('a deploy that splits keys by request shape', () => {
  it("settles within 1.5 points of Che's approximation for the split distribution, far below the old hit rate", () => {
    const r = run({ ...base, events: [{ atS: 10, type: 'deploy', fraction: 1, shapes: 4 }] });
    const before = cheHitRate(20_000, 0.9, 4_000);
    const after = cheHitRateFromPopularity(splitPopularity(20_000, 0.9, 4), 4_000);
    expect(before - after).toBeGreaterThan(0.15);
    expect(Math.abs(r.mean('hit_rate', 1, 10) - before)).toBeLessThan(0.03);
    expect(Math.abs(r.mean('hit_rate', 80, 160) - after)).toBeLessThan(0.015);
  });

  it('with one shape it is the plain key change of before: the cache refills to the old hit rate', () => {
    const r = run({ ...base, events: [{ atS: 10, type: 'deploy', fraction: 1, shapes: 1 }] });
    expect(Math.abs(r.mean('hit_rate', 80, 160) - cheHitRate(20_000, 0.9, 4_000))).toBeLessThan(0.015);
  });

  it('a rollback soon after makes the old entries reachable again: the hit rate is back at once', () => {
    // Frames of 200 ms: the deploy at 10 s, the rollback 400 ms later.
    const r = run({
      ...base,
      durationS: 12,
      intervalMs: 200,
      events: [
        { atS: 10, type: 'deploy', fraction: 1, shapes: 4 },
        { atS: 10.4, type: 'rollback' },
      ],
    });
    const baseline = r.mean('hit_rate', 1, 10);
    expect(r.mean('hit_rate', 10, 10.2)).toBeLessThan(0.3); // every key is new
    expect(r.mean('hit_rate', 10.4, 10.6)).toBeGreaterThan(baseline - 0.05); // the old entries again
  });

  it('a rollback after the new keys have pushed the old entries out starts from a cold cache', () => {
    const r = run({
      ...base,
      durationS: 140,
      events: [
        { atS: 10, type: 'deploy', fraction: 1, shapes: 4 },
        { atS: 120, type: 'rollback' },
      ],
    });
    expect(r.col('hit_rate')[120]).toBeLessThan(0.5);
  });

  it('checks the shapes of a deploy event: whole numbers from 1 to 16', () => {
    const { errors } = parseScenario({ events: [{ atS: 1, type: 'deploy', fraction: 1, shapes: 0 }] });
    expect(errors.map((e) => e.message)).toEqual(['events[0].shapes: 0 is out of range (allowed: 1 to 16)']);
    expect(parseScenario({ events: [{ atS: 1, type: 'deploy', shapes: 3 }] }).value.events[0]).toEqual({ atS: 1, type: 'deploy', fraction: 1, shapes: 3 });
  });
});
