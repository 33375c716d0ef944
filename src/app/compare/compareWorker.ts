/**
 * The compare view's second worker: owns run B's Simulation and never runs on its own. The page
 * asks it to follow run A ("reach A's simulated time, applying A's live commands on the way"), so
 * B advances in lockstep with A and costs nothing while A is paused.
 */
import * as Comlink from 'comlink';
import { createSimulation } from '../../sim/simulation';
import type { Simulation } from '../../sim/api';
import type { Scenario } from '../../sim/scenario';
import { holdLifeline } from '../../platform/lifeline';
import type { CompareBatch, CompareWorkerApi } from './protocol';
import type { TimedTrigger } from './variant';

let sim: Simulation | null = null;
let runId = 0;

const api: CompareWorkerApi = {
  lifeline: (name) => holdLifeline(name),
  load(scenario: Scenario, id: number) {
    sim = createSimulation(scenario);
    runId = id;
  },
  follow(untilMs: number, triggers: TimedTrigger[]): CompareBatch {
    if (!sim) throw new Error('compare: no scenario loaded');
    for (const t of triggers) {
      sim.advance(t.atMs);
      sim.apply(t.trigger);
    }
    sim.advance(untilMs);
    // A copy: the buffer is transferred away and must never alias the simulation's own storage.
    const frames = sim.takeFrames().slice();
    sim.takeMarks();
    // Run B's tier columns are not drawn; taken so they do not pile up in the simulation.
    sim.takeTierFrames?.();
    const batch: CompareBatch = { runId, frames, nowMs: sim.nowMs(), done: sim.done() };
    return Comlink.transfer(batch, [frames.buffer]);
  },
};

Comlink.expose(api);
