import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/sim/parseScenario';
import { run } from './run';

// The default scenario is the HotOS '21 look-aside example: 3,000 req/s, ~90% hits, a database of
// 8 workers × 20 ms = 400 queries/s, 1 s timeout, 3 retries with jittered backoff, flush at 150 s.
const hotos = (extra: Record<string, unknown> = {}) => ({ ...defaultScenario(), durationS: 480, ...extra });

describe("the HotOS '21 look-aside example", () => {
  const base = run(hotos());

  it('is healthy while warm: goodput equals offered load and the database runs below capacity', () => {
    expect(base.mean('goodput_rps', 10, 150) / base.mean('first_rps', 10, 150)).toBeGreaterThan(0.99);
    expect(base.mean('db_util', 10, 150)).toBeLessThan(0.9);
    expect(base.mean('timeout_rps', 10, 150)).toBe(0);
    expect(base.stateAt(100)).toBe('vulnerable'); // 3,000 req/s is above the 400/s hidden capacity
  });

  it('a flush without mitigation leaves goodput below half of offered load five minutes later', () => {
    expect(base.mean('goodput_rps', 440, 460)).toBeLessThan(0.5 * base.mean('offered_rps', 440, 460));
    expect(base.stateAt(450)).toBe('metastable');
  });

  it('in the storm the database is saturated by work nobody waits for, and the cache stops filling', () => {
    expect(base.mean('db_util', 300, 480)).toBeGreaterThan(0.99);
    expect(base.mean('wasted_rps', 300, 480) / base.mean('db_rps', 300, 480)).toBeGreaterThan(0.95);
    expect(base.mean('fill_rps', 300, 480)).toBeLessThan(1);
    expect(base.mean('retry_rps', 300, 480)).toBeGreaterThan(base.mean('first_rps', 300, 480));
    expect(base.mean('hit_rate', 300, 480)).toBeLessThan(0.5);
  });

  it('queue-delay shedding turned on in the storm brings goodput back within a minute', () => {
    const r = run(
      hotos({
        events: [
          { atS: 150, type: 'flush' },
          { atS: 300, type: 'set', changes: { shedding: { mode: 'queue-delay', maxQueueDelayMs: 200 } } },
        ],
      }),
    );
    expect(r.mean('goodput_rps', 290, 300)).toBeLessThan(0.7 * r.mean('first_rps', 290, 300));
    expect(r.mean('goodput_rps', 360, 480) / r.mean('first_rps', 360, 480)).toBeGreaterThan(0.97);
    expect(r.mean('hit_rate', 400, 480)).toBeGreaterThan(0.85);
  });

  it('a database sized for a cold cache makes the flush a bad minute, not an outage', () => {
    const r = run(hotos({ db: { workers: 80, serviceMs: 20, queueLimit: 5000 } }));
    expect(r.mean('goodput_rps', 160, 480) / r.mean('first_rps', 160, 480)).toBeGreaterThan(0.98);
    expect(r.stateAt(450)).toBe('stable'); // 3,000 req/s is below the 4,000/s hidden capacity
  });

  it('a short queue bound breaks the loop on its own: waits stay under the timeout, so answers fill the cache', () => {
    const r = run(hotos({ db: { workers: 8, serviceMs: 20, queueLimit: 50 } }));
    expect(r.mean('goodput_rps', 250, 480) / r.mean('first_rps', 250, 480)).toBeGreaterThan(0.97);
  });

  it('without retries a deep queue still keeps it stuck: the database serves callers who already left', () => {
    const r = run(hotos({ client: { ...defaultScenario().client, retries: 0 } }));
    expect(r.mean('goodput_rps', 400, 480)).toBeLessThan(0.7 * r.mean('first_rps', 400, 480));
    expect(r.mean('wasted_rps', 400, 480) / r.mean('db_rps', 400, 480)).toBeGreaterThan(0.95);
  });

  it('hysteresis: the same parameters stay healthy from a warm cache and failed from a cold one', () => {
    const warm = run(hotos({ events: [] }));
    const cold = run(hotos({ events: [], cache: { ...defaultScenario().cache, warm: false } }));
    expect(warm.mean('goodput_rps', 300, 480) / warm.mean('first_rps', 300, 480)).toBeGreaterThan(0.99);
    expect(cold.mean('goodput_rps', 300, 480) / cold.mean('first_rps', 300, 480)).toBeLessThan(0.7);
  });
});
