import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/sim/simulation';
import { M } from '../../src/sim/metrics';
import { frameTable } from '../../src/analysis/frames';
import { run, scenario } from './run';

// A comfortable system (database sized for a cold cache) so each trigger's own effect is visible.
const roomy = { durationS: 120, db: { workers: 80 } };

describe('scripted triggers', () => {
  it('a spike multiplies the arrival rate for its duration', () => {
    const r = run({ ...roomy, events: [{ atS: 40, type: 'spike', factor: 2, forS: 20 }] });
    expect(r.mean('first_rps', 45, 60) / r.mean('first_rps', 10, 40)).toBeCloseTo(2, 1);
    expect(r.mean('first_rps', 65, 120) / r.mean('first_rps', 10, 40)).toBeCloseTo(1, 1);
    expect(r.col('trigger_active')[50]).toBe(1);
    expect(r.col('trigger_active')[70]).toBe(0);
  });

  it('a database slowdown stretches service times for its duration', () => {
    const r = run({ ...roomy, events: [{ atS: 40, type: 'db-slowdown', factor: 3, forS: 20 }] });
    expect(r.mean('db_util', 45, 60) / r.mean('db_util', 10, 40)).toBeGreaterThan(2.5);
  });

  it('during an outage the database answers nothing: attempts sent then time out', () => {
    const r = run({ ...roomy, events: [{ atS: 40, type: 'outage', forS: 10 }] });
    const col = (n: 'offered_rps' | 'hit_rate' | 'goodput_rps') => r.col(n).slice(42, 50);
    const hits = col('offered_rps').map((o, i) => o * col('hit_rate')[i]);
    // Only cache hits are delivered while the database is unreachable.
    col('goodput_rps').forEach((g, i) => expect(g).toBeCloseTo(hits[i], 6));
    expect(r.mean('fill_rps', 42, 50)).toBe(0);
    expect(r.mean('timeout_rps', 42, 52)).toBeGreaterThan(100);
    expect(r.mean('goodput_rps', 70, 120) / r.mean('first_rps', 70, 120)).toBeGreaterThan(0.99);
  });

  it('a flush of the hottest K keys removes exactly those keys', () => {
    const sim = createSimulation(scenario({ durationS: 10, db: { workers: 80 } }));
    sim.advance(5000);
    sim.apply({ type: 'flush', hottest: 100 });
    const cache = (sim as unknown as { cache: { lru: { has(k: number): boolean; size: number } } }).cache.lru;
    expect(Array.from({ length: 100 }, (_, k) => cache.has(k)).some(Boolean)).toBe(false);
    expect(cache.size).toBe(20_000 - 100);
  });

  it('a set event changes parameters mid-run and is marked at its time', () => {
    const sim = createSimulation(scenario({ ...roomy, events: [{ atS: 30, type: 'set', changes: { workload: { rps: 1000 } } }] }));
    sim.advance(Infinity);
    const f = frameTable(sim.takeFrames());
    const at = (s: number) => f.get(s - 1, M.first_rps);
    expect(at(20)).toBeGreaterThan(2500);
    let late = 0;
    for (let s = 40; s <= 120; s++) late += at(s) / 81;
    expect(late).toBeGreaterThan(900);
    expect(late).toBeLessThan(1100);
    expect(sim.takeMarks()).toEqual([
      { tS: 30, source: 'script', label: 'workload.rps → 1000', trigger: { atS: 30, type: 'set', changes: { workload: { rps: 1000 } } } },
    ]);
  });

  it('live changes apply without restart: more workers at once lift database capacity', () => {
    const sim = createSimulation(
      scenario({ durationS: 200, db: { workers: 2 }, cache: { capacity: 0, warm: false }, workload: { rps: 200 }, client: { retries: 0 } }),
    );
    sim.advance(50_000);
    sim.apply({ type: 'set', changes: { db: { workers: 40 } } });
    sim.advance(Infinity);
    const f = frameTable(sim.takeFrames());
    expect(f.get(40 - 1, M.goodput_rps)).toBeLessThan(110);
    expect(f.get(150 - 1, M.goodput_rps)).toBeGreaterThan(150);
    expect(f.get(150 - 1, M.workers)).toBe(40);
  });

  it('shrinking the cache evicts at once', () => {
    const sim = createSimulation(scenario({ durationS: 20, db: { workers: 80 } }));
    sim.advance(5000);
    sim.apply({ type: 'set', changes: { cache: { capacity: 1000 } } });
    sim.advance(Infinity);
    const f = frameTable(sim.takeFrames());
    expect(f.get(10 - 1, M.cache_entries)).toBe(1000);
  });
});

describe('the closed loop', () => {
  it('limits itself: each client waits for its answer, so offered load follows response time', () => {
    const r = run({ durationS: 60, workload: { mode: 'closed', clients: 100, thinkMs: 100 }, db: { workers: 80 } });
    // 100 clients cycling every ~100 ms think + a few ms answer: just under 1,000 req/s.
    expect(r.mean('first_rps', 10, 60)).toBeGreaterThan(850);
    expect(r.mean('first_rps', 10, 60)).toBeLessThan(1000);
    expect(r.mean('goodput_rps', 10, 60) / r.mean('first_rps', 10, 60)).toBeGreaterThan(0.99);
  });

  it('switching from open to closed mid-run stops open arrivals and starts the clients', () => {
    const r = run({
      durationS: 60,
      db: { workers: 80 },
      events: [{ atS: 20, type: 'set', changes: { workload: { mode: 'closed', clients: 50, thinkMs: 100 } } }],
    });
    expect(r.mean('first_rps', 5, 20)).toBeGreaterThan(2500);
    expect(r.mean('first_rps', 30, 60)).toBeLessThan(510);
  });
});

describe('a deploy that changes cache keys', () => {
  const deploy = (fraction: number, workers: number) =>
    run({
      durationS: 400,
      db: { workers },
      events: [
        { atS: 100, type: 'deploy', fraction },
        { atS: 300, type: 'rollback' },
      ],
    });

  it('turns the changed share of hits into misses at once; once the new keys are warm, a rollback is a key change too', () => {
    const r = deploy(0.7, 16);
    const hit = r.col('hit_rate');
    expect(hit[99]).toBeGreaterThan(0.85);
    expect(hit[100]).toBeLessThan(hit[99] - 0.15); // the second after the deploy
    expect(hit[299]).toBeGreaterThan(0.85); // the database kept up: the new keys warmed
    expect(hit[300]).toBeLessThan(hit[299] - 0.1); // old entries partly evicted meanwhile
    expect(r.mean('hit_rate', 330, 400)).toBeGreaterThan(0.85);
  });

  it('on the HotOS database it sticks; a rollback brings back the old hits, but the misses still meet a full queue', () => {
    const r = deploy(1, 8);
    expect(r.stateAt(280)).toBe('metastable');
    expect(r.mean('goodput_rps', 200, 300) / r.mean('first_rps', 200, 300)).toBeLessThan(0.7);
    const after = r.mean('goodput_rps', 360, 400) / r.mean('first_rps', 360, 400);
    expect(after).toBeGreaterThan(0.8);
    expect(after).toBeLessThan(0.95);
    expect(r.mean('queue_depth', 360, 400)).toBeGreaterThan(4000);
  });
});
