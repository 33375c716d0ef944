/**
 * The stack of tiers against theory and against today's core: a scenario without tiers runs exactly
 * as before, a tandem of M/M/c tiers matches Jackson's product form, and retries multiply along the
 * path up to the product of (1 + retries) and no further.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/sim/simulation';
import { M, METRIC_COUNT } from '../../src/sim/metrics';
import { TIER_METRIC_COUNT, TIER_METRIC_NAMES, type TierMetricName } from '../../src/sim/stackSchema';
import { upgradeDocument } from '../../src/share/migrations';
import { scenario } from './run';

function runStack(doc: unknown) {
  const s = scenario(doc);
  const sim = createSimulation(s);
  sim.advance(Infinity);
  const frames = sim.takeFrames();
  const tierFrames = sim.takeTierFrames!();
  const names = (s.stack ?? []).map((t) => t.name);
  const rows = frames.length / METRIC_COUNT;
  const width = names.length * TIER_METRIC_COUNT;
  const inWindow = (i: number, fromS: number, toS: number) => frames[i * METRIC_COUNT + M.t_s] > fromS && frames[i * METRIC_COUNT + M.t_s] <= toS;
  return {
    frames,
    tierFrames,
    rows,
    /** Mean of a tier column over frames ending in (fromS, toS]. */
    tier(name: string, metric: TierMetricName, fromS: number, toS: number): number {
      const col = names.indexOf(name) * TIER_METRIC_COUNT + TIER_METRIC_NAMES.indexOf(metric);
      let sum = 0;
      let n = 0;
      for (let i = 0; i < rows; i++)
        if (inWindow(i, fromS, toS)) {
          sum += tierFrames[i * width + col];
          n++;
        }
      return sum / n;
    },
    /** Sum of a tier column over the whole run (a rate column × 1 s frames = a count). */
    tierTotal(name: string, metric: TierMetricName): number {
      const col = names.indexOf(name) * TIER_METRIC_COUNT + TIER_METRIC_NAMES.indexOf(metric);
      let sum = 0;
      for (let i = 0; i < rows; i++) sum += tierFrames[i * width + col];
      return sum;
    },
    mean(metric: keyof typeof M, fromS: number, toS: number): number {
      let sum = 0;
      let n = 0;
      for (let i = 0; i < rows; i++)
        if (inWindow(i, fromS, toS)) {
          sum += frames[i * METRIC_COUNT + M[metric]];
          n++;
        }
      return sum / n;
    },
    total(metric: keyof typeof M): number {
      let sum = 0;
      for (let i = 0; i < rows; i++) sum += frames[i * METRIC_COUNT + M[metric]];
      return sum;
    },
  };
}

/** Erlang C: the probability that an arrival waits in an M/M/c queue with offered load a = λ/μ. */
function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c;
  const rho = a / c;
  const top = last / (1 - rho);
  return top / (sum + top);
}

const HOTOS_FLUSH = { durationS: 90, events: [{ atS: 30, type: 'flush' }] };

describe('a scenario without tiers', () => {
  it('runs the same frames bit for bit with an empty stack, and after migrating its version 1 document', () => {
    const v1 = runStack(HOTOS_FLUSH).frames;
    const empty = runStack({ ...HOTOS_FLUSH, version: 2, stack: [] }).frames;
    const migrated = runStack(upgradeDocument({ ...HOTOS_FLUSH, version: 1 })).frames;
    expect(Buffer.from(empty.buffer).equals(Buffer.from(v1.buffer))).toBe(true);
    expect(Buffer.from(migrated.buffer).equals(Buffer.from(v1.buffer))).toBe(true);
    expect(scenario({ ...HOTOS_FLUSH, version: 2, stack: [] }).version).toBe(1);
  });
});

describe("a tandem of M/M/c tiers (asynchronous hand-off) against Jackson's product form", () => {
  // Every answer comes from a cache holding every key, so the database adds nothing; each tier frees
  // its slot after its own exponential work, which makes the path a Jackson tandem: each tier is an
  // M/M/c queue fed by Poisson arrivals at the users' rate (Burke's theorem).
  const lambda = 1000;
  const tiers = [
    { name: 'web', slots: 8, serviceMs: 6 },
    { name: 'app', slots: 4, serviceMs: 3 },
  ];
  const run = runStack({
    version: 2,
    durationS: 400,
    seed: 3,
    workload: { rps: lambda, keys: 1000, zipf: 1 },
    cache: { capacity: 1000, hitMs: 0 },
    stack: tiers.map((t) => ({
      kind: 'service',
      name: t.name,
      instances: 1,
      slots: t.slots,
      serviceMs: t.serviceMs,
      holdSlot: false,
      queueLimit: 100_000,
      timeoutMs: 60_000,
    })),
  });

  it.each(tiers)('$name: utilization λ·s/c and mean queue length C(c, a)·ρ/(1 − ρ) as theory says', ({ name, slots, serviceMs }) => {
    const a = (lambda * serviceMs) / 1000;
    const rho = a / slots;
    const lq = (erlangC(slots, a) * rho) / (1 - rho);
    expect(run.tier(name, 'util', 20, 400)).toBeCloseTo(rho, 1);
    expect(Math.abs(run.tier(name, 'util', 20, 400) - rho) / rho).toBeLessThan(0.02);
    // Little's law turns the mean queue into the mean wait: Wq = Lq / λ.
    expect(Math.abs(run.tier(name, 'queue', 20, 400) - lq) / lq).toBeLessThan(0.12);
  });

  it('every user request passes each tier once when nothing fails', () => {
    expect(run.tier('web', 'rps_in', 20, 400) / run.mean('first_rps', 20, 400)).toBeCloseTo(1, 2);
    expect(run.tier('app', 'rps_in', 20, 400) / run.mean('first_rps', 20, 400)).toBeCloseTo(1, 2);
  });
});

describe('retries multiply along the path', () => {
  // Users retry 2 times, web 2 times toward api, api 3 times toward app; app fails calls at once.
  const doc = (errorShare: number) => ({
    version: 2,
    durationS: 60,
    workload: { rps: 200 },
    client: { retries: 2, backoff: 'none', timeoutMs: 30_000 },
    stack: [
      { kind: 'service', name: 'web', instances: 2, slots: 500, serviceMs: 1, retries: 2, backoff: 'none', timeoutMs: 20_000 },
      { kind: 'service', name: 'api', instances: 2, slots: 500, serviceMs: 1, retries: 3, backoff: 'none', timeoutMs: 10_000 },
      { kind: 'service', name: 'app', instances: 2, slots: 500, serviceMs: 1 },
    ],
    events: [{ atS: 10, type: 'tier-fault', tier: 'app', fault: 'errors', factor: errorShare, forS: 40 }],
  });
  const bound = (1 + 2) * (1 + 2) * (1 + 3);

  it(`reach the product of (1 + retries) = ${bound} attempts at the bottom when every attempt fails`, () => {
    const run = runStack(doc(1));
    const amplification = run.tier('app', 'rps_in', 15, 45) / run.mean('first_rps', 15, 45);
    expect(Math.abs(amplification - bound) / bound).toBeLessThan(0.03);
    expect(run.tierTotal('app', 'rps_in')).toBeLessThanOrEqual(bound * run.total('first_rps'));
  });

  it('never exceed it when only some attempts fail, and stay near 1 when none do', () => {
    const half = runStack(doc(0.5));
    const amplification = half.tier('app', 'rps_in', 15, 45) / half.mean('first_rps', 15, 45);
    expect(amplification).toBeGreaterThan(1.5);
    expect(amplification).toBeLessThan(bound);
    expect(half.tierTotal('app', 'rps_in')).toBeLessThanOrEqual(bound * half.total('first_rps'));
    expect(half.tier('app', 'rps_in', 1, 9) / half.mean('first_rps', 1, 9)).toBeCloseTo(1, 1);
  });
});

describe('determinism', () => {
  it('runs a three-tier storm to the same frames twice', () => {
    const doc = {
      version: 2,
      durationS: 40,
      workload: { rps: 800 },
      stack: [
        { kind: 'cache', name: 'edge', capacity: 2000, ttlMs: 5000, staleMs: 5000, singleFlight: true },
        { kind: 'service', name: 'web', instances: 3, slots: 30, serviceMs: 2, retries: 2, balancer: 'least-connections', serviceDist: 'lognormal' },
        { kind: 'service', name: 'app', instances: 4, slots: 20, serviceMs: 4, retries: 2, balancer: 'random', loadKnee: 1, loadSlowdown: 2 },
      ],
      events: [{ atS: 10, type: 'tier-fault', tier: 'app', instance: 1, fault: 'crash', forS: 15 }],
    };
    const a = runStack(doc);
    const b = runStack(doc);
    expect(Buffer.from(a.frames.buffer).equals(Buffer.from(b.frames.buffer))).toBe(true);
    expect(Buffer.from(a.tierFrames.buffer).equals(Buffer.from(b.tierFrames.buffer))).toBe(true);
    expect(a.tierFrames.length).toBe(a.rows * 3 * TIER_METRIC_COUNT);
  });
});

describe('an edge cache in front of a tier that stops answering', () => {
  it('gives up on the fetch at its own timeout, so misses for the key are served again once the tier is back', () => {
    const run = runStack({
      version: 2,
      durationS: 60,
      workload: { rps: 500, keys: 1000 },
      client: { timeoutMs: 1000, retries: 1 },
      stack: [
        { kind: 'cache', name: 'edge', capacity: 100, warm: false, ttlMs: 2000, singleFlight: true, timeoutMs: 500 },
        { kind: 'service', name: 'app', instances: 2, slots: 50, serviceMs: 2 },
      ],
      events: [{ atS: 10, type: 'tier-fault', tier: 'app', fault: 'black-hole', forS: 10 }],
    });
    expect(run.mean('goodput_rps', 12, 20) / run.mean('first_rps', 12, 20)).toBeLessThan(0.5);
    expect(run.tier('edge', 'errors_rps', 12, 20)).toBeGreaterThan(10);
    expect(run.mean('goodput_rps', 30, 60) / run.mean('first_rps', 30, 60)).toBeGreaterThan(0.99);
  });
});

describe('a tier fault in force', () => {
  it('counts as a trigger in force while it lasts, and only then', () => {
    const run = runStack({
      version: 2,
      durationS: 40,
      workload: { rps: 300 },
      stack: [{ kind: 'service', name: 'app', instances: 2, slots: 20 }],
      events: [{ atS: 10, type: 'tier-fault', tier: 'app', instance: 0, fault: 'slow', factor: 2, forS: 15 }],
    });
    expect(run.mean('trigger_active', 11, 24)).toBe(1);
    expect(run.mean('trigger_active', 26, 40)).toBe(0);
    expect(run.mean('trigger_active', 0, 9)).toBe(0);
  });
});
