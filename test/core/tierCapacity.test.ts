/**
 * Capacity readouts with a stack: the path carries no more than its narrowest tier (instances ×
 * slots ÷ the time a call holds a slot, at the best load), and edge caches above a tier cut what
 * reaches it. The figures below are worked out by hand from those rules.
 */
import { describe, expect, it } from 'vitest';
import { capacities } from '../../src/sim/capacity';
import { defaultTier, type ServiceTier, type Tier } from '../../src/sim/stackSchema';
import { serviceTierCapacities } from '../../src/sim/tierCapacity';
import { presetById, presetScenario } from '../../src/presets';
import { run, scenario } from './run';

const service = (name: string, fields: Partial<ServiceTier>): ServiceTier => ({ ...(defaultTier('service', name) as ServiceTier), ...fields });
const edge = (name: string, capacity: number): Tier => ({ ...defaultTier('cache', name), capacity }) as Tier;
/** Parameters with no look-aside cache and a database of 100 workers at 20 ms (5,000 queries/s). */
const params = (cacheCapacity = 0) => scenario({ cache: { capacity: cacheCapacity }, db: { workers: 100, serviceMs: 20 } });
const noCache = () => 0;

describe('a service tier’s capacity', () => {
  it('is instances × slots ÷ its own work when a call frees its slot before calling below', () => {
    const app = service('app', { instances: 4, slots: 8, serviceMs: 10, holdSlot: false });
    const [cap] = serviceTierCapacities(params(), [app], noCache);
    expect(cap.warmCallsPerS).toBeCloseTo(3200, 9); // 32 slots / 10 ms
    expect(cap.coldRps).toBeCloseTo(3200, 9);
  });

  it('counts the time below while a call holds its slot: 32 slots ÷ (10 ms + 20 ms of database)', () => {
    const app = service('app', { instances: 4, slots: 8, serviceMs: 10, holdSlot: true });
    const [cap] = serviceTierCapacities(params(), [app], noCache);
    expect(cap.coldRps).toBeCloseTo(32_000 / 30, 9);
  });

  it('with load-dependent latency, a knee below full slots is the best point', () => {
    // Full slots: 10 ms × (1 + 4 × (1 − 0.5)) = 30 ms → 1,067/s; at the knee half the slots at 10 ms → 1,600/s.
    const spiral = service('app', { instances: 4, slots: 8, serviceMs: 10, holdSlot: false, loadKnee: 0.5, loadSlowdown: 4 });
    expect(serviceTierCapacities(params(), [spiral], noCache)[0].warmCallsPerS).toBeCloseTo(1600, 9);
    // A knee in the queue (3 × slots) leaves full slots at full speed.
    const queued = service('app', { instances: 4, slots: 8, serviceMs: 10, holdSlot: false, loadKnee: 3, loadSlowdown: 4 });
    expect(serviceTierCapacities(params(), [queued], noCache)[0].warmCallsPerS).toBeCloseTo(3200, 9);
  });

  it('below an edge cache it carries more user requests than calls: edge 50% hits, edge + look-aside 80%', () => {
    const hitRate = (capacity: number) => ({ 1000: 0.5, 3000: 0.8 })[capacity] ?? Number.NaN;
    const stack = [edge('edge', 1000), service('app', { instances: 4, slots: 8, serviceMs: 10, holdSlot: true })];
    const [cap] = serviceTierCapacities(params(2000), stack, hitRate);
    // Of the calls reaching the look-aside cache (half the users'), (1 − 0.8) / (1 − 0.5) = 40% miss:
    // a call below app takes 0.6 × 1 ms + 0.4 × 20 ms = 8.6 ms, so app completes 32 / 18.6 ms.
    expect(cap.warmReach).toBeCloseTo(0.5, 12);
    expect(cap.warmCallsPerS).toBeCloseTo(32_000 / 18.6, 9);
    expect(cap.warmRps).toBeCloseTo(64_000 / 18.6, 9);
    // Cold: every request reaches app and every call waits 20 ms on the database.
    expect(cap.coldRps).toBeCloseTo(32_000 / 30, 9);
  });
});

describe('the path’s capacities with a stack', () => {
  it('a roomy tier changes nothing: the cache and database still bound both, and no tier is named', () => {
    const p = scenario({});
    const without = capacities(p);
    const withTier = capacities(p, [service('web', { instances: 4, slots: 400, serviceMs: 1 })]);
    expect(withTier.advertisedRps).toBeCloseTo(without.advertisedRps, 9);
    expect(withTier.hiddenRps).toBe(without.hiddenRps);
    expect(withTier.advertisedBy).toBeUndefined();
    expect(withTier.hiddenBy).toBeUndefined();
  });

  it('a narrow tier bounds both and is named as the bottleneck', () => {
    const app = service('app', { instances: 2, slots: 4, serviceMs: 10, holdSlot: false });
    const caps = capacities(params(), [service('web', { instances: 4, slots: 400, serviceMs: 1 }), app]);
    expect(caps.advertisedRps).toBeCloseTo(800, 9);
    expect(caps.hiddenRps).toBeCloseTo(800, 9);
    expect(caps.advertisedBy).toBe('app');
    expect(caps.hiddenBy).toBe('app');
    expect(caps.tiers?.map((t) => t.name)).toEqual(['web', 'app']);
  });

  it('a tier that holds its slot while the database works may bound only the cold path (hidden capacity)', () => {
    // Warm: every key cached, a call below takes 1 ms → 16 / 3 ms = 5,333/s; cold: 16 / 22 ms = 727/s < 5,000 queries/s.
    const p = scenario({ workload: { keys: 1000 }, cache: { capacity: 1000 }, db: { workers: 100, serviceMs: 20 } });
    const caps = capacities(p, [service('app', { instances: 2, slots: 8, serviceMs: 2, holdSlot: true })]);
    expect(caps.advertisedRps).toBeCloseTo(16_000 / 3, 6);
    expect(caps.advertisedBy).toBe('app');
    expect(caps.hiddenRps).toBeCloseTo(16_000 / 22, 9);
    expect(caps.hiddenBy).toBe('app');
  });

  it('no saturated run carries more than the narrowest tier’s readout, and one with ample load comes close', () => {
    const doc = {
      version: 2,
      durationS: 60,
      workload: { rps: 2000, keys: 1000 },
      cache: { capacity: 1000 },
      client: { timeoutMs: 3_600_000, retries: 0 },
      stack: [{ kind: 'service', name: 'app', instances: 2, slots: 4, queueLimit: 100_000, serviceMs: 10, serviceDist: 'constant', holdSlot: false }],
    };
    const readout = capacities(scenario(doc), scenario(doc).stack).advertisedRps;
    const measured = run(doc).mean('goodput_rps', 10, 60);
    expect(readout).toBeCloseTo(800, 9);
    expect(measured).toBeLessThanOrEqual(readout * 1.001);
    expect(measured / readout).toBeGreaterThan(0.95);
  });
});

describe('the state of a run with a stack', () => {
  const gc = () => presetScenario(presetById('gc-death-spiral')!);
  it('is vulnerable when the load lies between a tier’s cold and warm capacity (GC death spiral: 889 < 1,500 < 1,882)', () => {
    expect(run(gc()).stateAt(20)).toBe('vulnerable');
  });

  it('is stable once the tier is wide enough to carry the load cold as well', () => {
    const s = gc();
    const wide = { ...s, stack: s.stack!.map((t) => (t.kind === 'service' ? { ...t, instances: 16 } : t)) };
    expect(run(wide).stateAt(20)).toBe('stable');
  });
});
