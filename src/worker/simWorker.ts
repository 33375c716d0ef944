/**
 * The simulation worker: owns one Simulation and exposes the commands of LabWorkerApi over Comlink.
 * The page never simulates; it only sends commands and receives frame batches.
 */
import * as Comlink from 'comlink';
import { capacities } from '../sim/capacity';
import { createSimulation } from '../sim/simulation';
import type { Scenario } from '../sim/scenario';
import type { CommandResult, FrameBatch, LabWorkerApi, Speed } from './protocol';
import { holdLifeline } from '../platform/lifeline';
import { RunLoop } from './runLoop';
import { validateTrigger } from './validateTrigger';
import { createYielder } from './yieldToEventLoop';

let sendBatch: ((batch: FrameBatch) => void) | null = null;
let sendError: ((message: string) => void) | null = null;
let scenario: Scenario | null = null;

const loop = new RunLoop({
  createSimulation,
  capacities,
  yieldNow: createYielder(),
  later: (run, ms) => setTimeout(run, ms),
  now: () => performance.now(),
  deliver: (batch) => {
    if (!sendBatch) return;
    // Fire and forget: the page's reply is not awaited, so a busy page never stalls the simulation.
    void sendBatch(Comlink.transfer(batch, [batch.frames.buffer, batch.tierFrames.buffer]));
  },
});

/** Reports a failure to the page instead of dying silently, then rethrows for Comlink's caller. */
function guarded<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (e) {
      const message = `${name} failed in the simulation worker: ${e instanceof Error ? e.message : String(e)}`;
      if (sendError) void sendError(message);
      throw new Error(message, { cause: e });
    }
  };
}

const api: LabWorkerApi = {
  lifeline: (name) => holdLifeline(name),
  connect(onBatch, onError) {
    sendBatch = onBatch;
    sendError = onError;
  },
  load: guarded('load', (s: Scenario, runId: number) => {
    scenario = s;
    loop.load(s, runId);
  }),
  play: guarded('play', () => loop.play()),
  pause: guarded('pause', () => loop.pause()),
  step: guarded('step', () => loop.step()),
  reset: guarded('reset', (runId: number, seed?: number) => {
    if (scenario && seed !== undefined) scenario = { ...scenario, seed };
    loop.reset(runId, seed);
  }),
  setSpeed: guarded('setSpeed', (speed: Speed) => loop.setSpeed(speed)),
  holdAt: guarded('holdAt', (ceilingMs: number | null) => loop.holdAt(ceilingMs)),
  apply: guarded('apply', (input: unknown): CommandResult => {
    if (!scenario) return { ok: false, errors: ['no scenario loaded'] };
    const v = validateTrigger(input, scenario, loop.stackInForce());
    if (!v.ok) return v;
    // Refused rather than run unrecorded: the watched run and its link must stay the same run.
    const full = loop.unrecordable();
    if (full) return { ok: false, errors: [full] };
    return { ok: true, params: loop.apply(v.trigger) };
  }),
  stats: () => loop.stats(),
};

// Errors thrown inside a slice (not inside a command) surface here.
self.addEventListener('error', (e) => {
  if (sendError) void sendError(`The simulation stopped: ${e.message}`);
});

Comlink.expose(api);
