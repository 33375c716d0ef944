/**
 * Runs a Simulation in slices bounded by wall-clock time, paced to a speed, and hands the frames
 * produced to a sink in batches. Independent of Comlink and of the DOM so it can be tested in Node.
 */
import type { Mark, Simulation } from '../sim/api';
import type { Params, Scenario, Trigger } from '../sim/scenario';
import type { Capacities, FrameBatch, Speed, WorkerStats } from './protocol';

export interface RunLoopDeps {
  createSimulation: (scenario: Scenario) => Simulation;
  capacities: (params: Params) => Capacities;
  /** Queues a function as the next task (MessageChannel in a worker). */
  yieldNow: (run: () => void) => void;
  /** Queues a function after a delay, for pacing when ahead of real time. */
  later: (run: () => void, ms: number) => void;
  now: () => number;
  deliver: (batch: FrameBatch) => void;
}

/** Wall-clock budget of one slice, ms: long enough to amortise the yield, short enough for commands to feel instant. */
export const SLICE_BUDGET_MS = 12;
/** Events per advance() call between clock checks. */
const EVENTS_PER_CHECK = 2000;
/** Minimum wall-clock ms between deliveries while playing: ~30 batches/s is plenty for 60 fps charts. */
const DELIVERY_INTERVAL_MS = 33;
/** Pacing tick when ahead of real time, ms. */
const PACE_MS = 16;

export class RunLoop {
  private sim: Simulation | null = null;
  private scenario: Scenario | null = null;
  private runId = 0;
  private playing = false;
  private speed: Speed = 10;
  private scheduled = false;
  private anchorWall = 0;
  private anchorSimMs = 0;
  private lastDelivery = 0;
  private pendingFrames: Float64Array[] = [];
  private pendingMarks: Mark[] = [];
  private paramsDirty = true;
  private events = 0;
  private busyMs = 0;
  private wallStart = -1;
  private wallEnd = -1;

  constructor(private readonly deps: RunLoopDeps) {}

  load(scenario: Scenario, runId: number): void {
    this.scenario = scenario;
    this.restart(runId);
  }

  reset(runId: number, seed?: number): void {
    if (!this.scenario) throw new Error('reset: no scenario loaded');
    if (seed !== undefined) this.scenario = { ...this.scenario, seed };
    this.restart(runId);
  }

  play(): void {
    if (!this.sim || this.sim.done()) return;
    this.playing = true;
    this.reanchor();
    if (this.wallStart < 0) this.wallStart = this.deps.now();
    this.schedule(true);
  }

  pause(): void {
    this.playing = false;
    this.flush();
  }

  step(): void {
    const sim = this.requireSim();
    if (this.playing) this.playing = false;
    const target = Math.min(sim.endMs, sim.nowMs() + sim.scenario.intervalMs);
    this.timedAdvance(target, Number.POSITIVE_INFINITY);
    this.flush();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    this.reanchor();
    if (this.playing) this.schedule(true);
  }

  apply(trigger: Trigger): Params {
    const sim = this.requireSim();
    sim.apply(trigger);
    this.paramsDirty = true;
    this.collect();
    if (!this.playing) this.flush();
    return sim.params();
  }

  stats(): WorkerStats {
    const sim = this.sim;
    const end = this.wallEnd >= 0 ? this.wallEnd : this.deps.now();
    return {
      events: this.events,
      busyMs: this.busyMs,
      wallMs: this.wallStart >= 0 ? end - this.wallStart : 0,
      nowMs: sim ? sim.nowMs() : 0,
      done: sim ? sim.done() : false,
    };
  }

  private restart(runId: number): void {
    this.playing = false;
    this.sim = this.deps.createSimulation(this.scenario as Scenario);
    this.runId = runId;
    this.pendingFrames = [];
    this.pendingMarks = [];
    this.paramsDirty = true;
    this.events = 0;
    this.busyMs = 0;
    this.wallStart = -1;
    this.wallEnd = -1;
    this.flush();
  }

  private requireSim(): Simulation {
    if (!this.sim) throw new Error('no scenario loaded');
    return this.sim;
  }

  /** Real-time modes measure simulated time from here, so a pause or speed change causes no jump. */
  private reanchor(): void {
    this.anchorWall = this.deps.now();
    this.anchorSimMs = this.sim ? this.sim.nowMs() : 0;
  }

  private schedule(immediately: boolean): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      this.slice();
    };
    if (immediately) this.deps.yieldNow(run);
    else this.deps.later(run, PACE_MS);
  }

  private slice(): void {
    const sim = this.sim;
    if (!sim || !this.playing) return;
    const now = this.deps.now();
    let target = sim.endMs;
    if (this.speed !== 'max') {
      target = Math.min(sim.endMs, this.anchorSimMs + (now - this.anchorWall) * this.speed);
      // Far behind real time (slow machine, hidden tab): drop the debt rather than sprint forever.
      if (target - sim.nowMs() > this.speed * 1000) {
        this.reanchor();
        target = Math.min(sim.endMs, sim.nowMs() + this.speed * PACE_MS);
      }
    }
    this.timedAdvance(target, SLICE_BUDGET_MS);
    if (sim.done()) {
      this.playing = false;
      this.wallEnd = this.deps.now();
    }
    this.collect();
    const t = this.deps.now();
    if (!this.playing || t - this.lastDelivery >= DELIVERY_INTERVAL_MS) this.flush();
    if (this.playing) this.schedule(this.speed === 'max' || sim.nowMs() < target);
  }

  /** Advances towards `targetMs` until reached or until `budgetMs` of wall-clock time is spent. */
  private timedAdvance(targetMs: number, budgetMs: number): void {
    const sim = this.requireSim();
    const start = this.deps.now();
    let t = start;
    while (sim.nowMs() < targetMs && !sim.done() && t - start < budgetMs) {
      this.events += sim.advance(targetMs, EVENTS_PER_CHECK);
      t = this.deps.now();
    }
    this.busyMs += t - start;
  }

  private collect(): void {
    const sim = this.requireSim();
    const frames = sim.takeFrames();
    if (frames.length > 0) this.pendingFrames.push(frames);
    const marks = sim.takeMarks();
    if (marks.length > 0) {
      this.pendingMarks.push(...marks);
      this.paramsDirty = true;
    }
  }

  /** Delivers everything pending as one batch with one transferable buffer. */
  private flush(): void {
    const sim = this.sim;
    if (!sim) return;
    this.collect();
    const frames = concat(this.pendingFrames);
    const batch: FrameBatch = {
      runId: this.runId,
      frames,
      marks: this.pendingMarks,
      nowMs: sim.nowMs(),
      playing: this.playing,
      done: sim.done(),
      totals: sim.totals(),
    };
    if (this.paramsDirty) {
      const params = sim.params();
      batch.params = params;
      batch.capacities = this.deps.capacities(params);
      this.paramsDirty = false;
    }
    this.pendingFrames = [];
    this.pendingMarks = [];
    this.lastDelivery = this.deps.now();
    this.deps.deliver(batch);
  }
}

/** Always a fresh array: its buffer is transferred away, so it must never alias the simulation's own storage. */
function concat(parts: Float64Array[]): Float64Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Float64Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
