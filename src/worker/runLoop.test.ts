import { describe, expect, it } from 'vitest';
import type { Mark, Simulation, Totals } from '../sim/api';
import { METRIC_COUNT } from '../sim/metrics';
import { capacities } from '../sim/capacity';
import { defaultScenario, parseScenario } from '../sim/parseScenario';
import { createSimulation } from '../sim/simulation';
import { TIER_METRIC_COUNT } from '../sim/stackSchema';
import type { Params, Scenario, Trigger } from '../sim/scenario';
import type { FrameBatch } from './protocol';
import { RunLoop, SLICE_BUDGET_MS } from './runLoop';

/**
 * A stand-in simulation for testing the loop alone (test-only: the shipped worker uses the real
 * core). Each event costs `costMs` of the fake clock; one frame per 1000 simulated ms.
 */
function fakeSim(scenario: Scenario, clock: { t: number }, costMs: number, msPerEvent = 1): Simulation {
  let now = 0;
  let frames: number[] = [];
  let marks: Mark[] = [];
  let params: Params = scenario;
  return {
    scenario,
    endMs: scenario.durationS * 1000,
    nowMs: () => now,
    params: () => params,
    advance(until, maxEvents = Infinity) {
      let n = 0;
      while (now < Math.min(until, this.endMs) && n < maxEvents) {
        now = Math.min(until, now + msPerEvent);
        clock.t += costMs;
        n++;
        if (now % 1000 === 0) frames.push(now / 1000, ...new Array(METRIC_COUNT - 1).fill(0));
      }
      return n;
    },
    apply(t: Trigger) {
      marks.push({ tS: now / 1000, trigger: t, source: 'live', label: t.type });
      if (t.type === 'set') params = { ...params, ...t.changes } as Params;
    },
    takeFrames() {
      const f = Float64Array.from(frames);
      frames = [];
      return f;
    },
    takeMarks() {
      const m = marks;
      marks = [];
      return m;
    },
    // The loop passes totals through untouched; their fields are the core's business.
    totals: () => ({ events: 0 }) as Totals,
    done: () => now >= scenario.durationS * 1000,
  };
}

function harness(costMs = 0.001, durationS = 10) {
  const clock = { t: 0 };
  const tasks: { kind: 'now' | 'later'; run: () => void }[] = [];
  const batches: FrameBatch[] = [];
  const sims: Simulation[] = [];
  const loop = new RunLoop({
    createSimulation: (s) => {
      const sim = fakeSim(s, clock, costMs);
      sims.push(sim);
      return sim;
    },
    capacities: () => ({ dbQps: 400, warmHitRate: 0.9, advertisedRps: 4000, hiddenRps: 400 }),
    yieldNow: (run) => tasks.push({ kind: 'now', run }),
    later: (run) => tasks.push({ kind: 'later', run }),
    now: () => clock.t,
    deliver: (b) => batches.push(b),
  });
  const scenario = { ...defaultScenario(), durationS };
  return {
    loop,
    clock,
    tasks,
    batches,
    scenario,
    sims,
    /** Runs queued tasks; a 'later' task first lets 16 ms of wall clock pass. */
    drain(limit = 100_000) {
      for (let i = 0; i < limit && tasks.length > 0; i++) {
        const t = tasks.shift()!;
        if (t.kind === 'later') clock.t += 16;
        t.run();
      }
    },
    rows: () => batches.reduce((n, b) => n + b.frames.length / METRIC_COUNT, 0),
  };
}

describe('RunLoop', () => {
  it('delivers every frame of the run exactly once, at max speed, yielding between slices', () => {
    const h = harness(0.01);
    h.loop.setSpeed('max');
    h.loop.load(h.scenario, 1);
    h.loop.play();
    h.drain();
    expect(h.rows()).toBe(10);
    expect(h.batches.at(-1)?.done).toBe(true);
    expect(h.batches.at(-1)?.playing).toBe(false);
    // 10,000 events × 0.01 ms = 100 ms of work: cut into several slices, not one long task.
    expect(h.tasks.length).toBe(0);
  });

  it('keeps each slice within its wall-clock budget (plus one check interval)', () => {
    const h = harness(0.01);
    h.loop.setSpeed('max');
    h.loop.load(h.scenario, 1);
    h.loop.play();
    let longest = 0;
    while (h.tasks.length > 0) {
      const before = h.clock.t;
      h.tasks.shift()!.run();
      longest = Math.max(longest, h.clock.t - before);
    }
    expect(longest).toBeLessThanOrEqual(SLICE_BUDGET_MS + 2000 * 0.01);
    expect(longest).toBeGreaterThan(SLICE_BUDGET_MS / 2);
  });

  it('paces simulated time to the speed: 10× covers about 10 simulated seconds per wall second', () => {
    const h = harness(0.0001, 600);
    h.loop.setSpeed(10);
    h.loop.load(h.scenario, 1);
    h.loop.play();
    while (h.clock.t < 1000 && h.tasks.length > 0) {
      const t = h.tasks.shift()!;
      if (t.kind === 'later') h.clock.t += 16;
      t.run();
    }
    const simS = h.sims[0].nowMs() / 1000;
    expect(simS).toBeGreaterThan(9);
    expect(simS).toBeLessThan(11);
  });

  it('steps exactly one interval while paused, and pause stops the clock', () => {
    const h = harness();
    h.loop.load(h.scenario, 1);
    h.loop.step();
    expect(h.sims[0].nowMs()).toBe(1000);
    h.loop.step();
    expect(h.sims[0].nowMs()).toBe(2000);
    expect(h.rows()).toBe(2);
    h.drain();
    expect(h.sims[0].nowMs()).toBe(2000);
  });

  it('applies a change, reports the new parameters and capacities, and passes the mark on', () => {
    const h = harness();
    h.loop.load(h.scenario, 1);
    h.loop.apply({ type: 'flush' });
    const last = h.batches.at(-1)!;
    expect(last.marks.map((m) => m.label)).toEqual(['flush']);
    expect(last.params).toBeDefined();
    expect(last.capacities?.hiddenRps).toBe(400);
  });

  it('refuses a live change the script has no room for, and keeps taking them at the end, where nothing is simulated', () => {
    const h = harness();
    const events = Array.from({ length: 499 }, () => ({ type: 'flush' as const, atS: 9 }));
    h.loop.load({ ...h.scenario, events }, 1);
    expect(h.loop.unrecordable()).toBeNull();
    h.loop.apply({ type: 'flush' });
    // 499 scripted + 1 recorded live change: the script is full for this run.
    expect(h.loop.unrecordable()).toMatch(/the script holds 500 events, the most a scenario can have \(500\)/);
    h.loop.step();
    expect(h.loop.unrecordable()).not.toBeNull();
    while (!h.sims[0].done()) h.loop.step();
    expect(h.loop.unrecordable()).toBeNull();
    // A new run starts with the script it was loaded with.
    h.loop.load({ ...h.scenario, events }, 2);
    expect(h.loop.unrecordable()).toBeNull();
  });

  it('tags batches with the run id the page chose, and starts over on reset', () => {
    const h = harness();
    h.loop.load(h.scenario, 7);
    h.loop.step();
    h.loop.reset(8, 99);
    expect(h.batches.at(-1)?.runId).toBe(8);
    expect(h.sims).toHaveLength(2);
    expect(h.sims[1].scenario.seed).toBe(99);
    expect(h.sims[1].nowMs()).toBe(0);
  });

  it('never hands out a buffer the simulation still owns', () => {
    const h = harness();
    h.loop.load(h.scenario, 1);
    h.loop.step();
    const b = h.batches.at(-1)!;
    expect(b.frames.byteOffset).toBe(0);
    expect(b.frames.buffer.byteLength).toBe(b.frames.byteLength);
  });

  it('waits at a hold (a follower behind it) and goes on from there once released', () => {
    const h = harness(0.0001, 600);
    h.loop.setSpeed('max');
    h.loop.load(h.scenario, 1);
    h.loop.holdAt(5000);
    h.loop.play();
    for (let i = 0; i < 200 && h.tasks.length > 0; i++) {
      const t = h.tasks.shift()!;
      if (t.kind === 'later') h.clock.t += 16;
      t.run();
    }
    expect(h.sims[0].nowMs()).toBe(5000);
    expect(h.batches.at(-1)?.playing).toBe(true);
    h.loop.holdAt(null);
    h.drain();
    expect(h.sims[0].done()).toBe(true);
    expect(h.rows()).toBe(600);
  });
});

describe('RunLoop with a stack of tiers (the real core)', () => {
  it('delivers one row of tier columns per frame, and the tiers’ knobs in force after a change', () => {
    const scenario = parseScenario({
      durationS: 5,
      stack: [
        { kind: 'service', name: 'web', instances: 2 },
        { kind: 'service', name: 'app', instances: 2 },
      ],
    }).value;
    const batches: FrameBatch[] = [];
    let t = 0;
    const loop = new RunLoop({
      createSimulation,
      capacities,
      yieldNow: () => {},
      later: () => {},
      now: () => (t += 0.001),
      deliver: (b) => batches.push(b),
    });
    loop.load(scenario, 1);
    expect(batches[0].stack?.map((x) => x.name)).toEqual(['web', 'app']);
    loop.step();
    loop.step();
    loop.apply({ type: 'tier-set', tier: 'app', changes: { instances: 6 } });
    const frames = batches.reduce((n, b) => n + b.frames.length / METRIC_COUNT, 0);
    const tierRows = batches.reduce((n, b) => n + b.tierFrames.length / (2 * TIER_METRIC_COUNT), 0);
    expect(frames).toBe(2);
    expect(tierRows).toBe(frames);
    const last = batches[batches.length - 1];
    expect(last.stack?.find((x) => x.name === 'app')).toMatchObject({ instances: 6 });
    expect(loop.stackInForce().find((x) => x.name === 'app')).toMatchObject({ instances: 6 });
  });
});
