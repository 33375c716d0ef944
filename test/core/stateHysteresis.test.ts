import { describe, expect, it } from 'vitest';
import { HOLD_S, METASTABLE, RECOVERING, StateClassifier, TRIGGERED } from '../../src/sim/stateClassifier';
import { presetById, presetScenario } from '../../src/presets/presets';
import { createSimulation } from '../../src/sim/simulation';
import { METRIC_COUNT, M } from '../../src/sim/metrics';

/** Capacities used by the synthetic frames: load 3,000/s sits between hidden and advertised capacity. */
const LOAD = 3000;
const HIDDEN = 400;
const ADVERTISED = 4000;

/** Feeds one-second frames of goodput (per second, against 3,000/s demand) and returns the states. */
function classify(goodput: readonly number[], triggerAtS = 5): number[] {
  const c = new StateClassifier();
  return goodput.map((g, i) => c.next(1, LOAD, g, LOAD, HIDDEN, ADVERTISED, false, i === triggerAtS));
}

/** Lengths of runs of equal states, ignoring the first and last run (cut by the window). */
function innerRunLengths(states: readonly number[]): { state: number; length: number }[] {
  const runs: { state: number; length: number }[] = [];
  for (const s of states) {
    if (runs.length > 0 && runs[runs.length - 1].state === s) runs[runs.length - 1].length++;
    else runs.push({ state: s, length: 1 });
  }
  return runs.slice(1, -1);
}

describe('state hysteresis', () => {
  it('a failing run whose goodput wobbles every second stays metastable instead of flickering', () => {
    // Healthy, a flush at 5 s, then goodput stuck near a quarter of demand with a ±25% wobble each
    // second and two-second upticks that an unheld classifier reads as recovery.
    const goodput = Array.from({ length: 200 }, (_, s) => {
      if (s < 5) return LOAD;
      const base = 750 * (s % 2 === 0 ? 1.25 : 0.75);
      return s % 23 < 2 ? base * 1.6 : base;
    });
    const states = classify(goodput);
    expect(states.slice(30)).toEqual(states.slice(30).map(() => METASTABLE));
  });

  it('no state except triggered lasts less than the hold time in the flickering 2019 deploy run', () => {
    const preset = presetById('deploy-2019');
    if (!preset) throw new Error('preset deploy-2019 missing');
    const sim = createSimulation(presetScenario(preset));
    sim.advance(Infinity);
    const f = sim.takeFrames();
    const states = Array.from({ length: f.length / METRIC_COUNT }, (_, r) => f[r * METRIC_COUNT + M.state]);
    const runs = innerRunLengths(states);
    expect(runs.some((r) => r.state === RECOVERING)).toBe(true);
    for (const r of runs) if (r.state !== TRIGGERED) expect(r.length).toBeGreaterThanOrEqual(HOLD_S);
  });

  it('a sustained recovery is still reported, once it has lasted the hold time', () => {
    // Stuck for a minute after the flush, then goodput climbs steadily back to full demand.
    const goodput = Array.from({ length: 160 }, (_, s) => (s < 5 ? LOAD : s < 70 ? 750 : Math.min(LOAD, 750 + (s - 70) * 40)));
    const states = classify(goodput);
    expect(states[69]).toBe(METASTABLE);
    const firstRecovering = states.indexOf(RECOVERING);
    expect(firstRecovering).toBeGreaterThan(70);
    expect(states.slice(firstRecovering, firstRecovering + HOLD_S)).toEqual(Array(HOLD_S).fill(RECOVERING));
  });

  it('a trigger is shown the frame it fires, without waiting for the hold time', () => {
    const c = new StateClassifier();
    for (let s = 0; s < 20; s++) c.next(1, LOAD, LOAD, LOAD, HIDDEN, ADVERTISED, false, false);
    expect(c.next(1, LOAD, LOAD / 2, LOAD, HIDDEN, ADVERTISED, true, true)).toBe(TRIGGERED);
  });
});
