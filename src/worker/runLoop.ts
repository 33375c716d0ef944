/**
 * Runs a Simulation in slices bounded by wall-clock time, paced to a speed, and hands the frames
 * produced to a sink in batches. Independent of Comlink and of the DOM so it can be tested in Node.
 */
import type { Simulation } from '../sim/api';
import type { Params, Scenario, Trigger } from '../sim/scenario';
import { MAX_EVENTS } from '../sim/schema';
import type { Tier } from '../sim/stackSchema';
import { liveTimeMs } from './liveTime';
import { PACE_MS, Pacer } from './pacing';
import { PendingOutput } from './pendingOutput';
import type { Capacities, FrameBatch, Speed, WorkerStats } from './protocol';
import { Throughput } from './throughput';

export interface RunLoopDeps {
  createSimulation: (scenario: Scenario) => Simulation;
  capacities: (params: Params, stack?: readonly Tier[]) => Capacities;
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

export class RunLoop {
  private sim: Simulation | null = null;
  private scenario: Scenario | null = null;
  private runId = 0;
  private playing = false;
  private speed: Speed = 10;
  private scheduled = false;
  private lastDelivery = 0;
  /** Simulated ms this run may not pass while a follower (compare's run B) catches up; null: no hold. */
  private holdAtMs: number | null = null;
  private readonly pacer = new Pacer();
  private readonly pending = new PendingOutput();
  private readonly throughput = new Throughput();
  /** Live commands of this run that joined the script (the page records each at its time). */
  private liveInScript = 0;

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
    this.throughput.started(this.deps.now());
    this.schedule(true);
  }

  pause(): void {
    this.playing = false;
    this.deliver();
  }

  step(): void {
    const sim = this.requireSim();
    this.playing = false;
    this.advance(Math.min(sim.endMs, sim.nowMs() + sim.scenario.intervalMs), Number.POSITIVE_INFINITY);
    this.deliver();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    this.reanchor();
    if (this.playing) this.schedule(true);
  }

  /**
   * Holds the run at `ceilingMs` of simulated time (null releases it). The compare view sets it just
   * ahead of run B, so A waits for B on a slow machine instead of drawing away from it.
   */
  holdAt(ceilingMs: number | null): void {
    this.holdAtMs = ceilingMs;
    if (this.playing) this.schedule(true);
  }

  /**
   * Why a live command now could not be recorded, or null when it can: the page adds every live
   * command to the script (so the link replays the run watched), and a script holds MAX_EVENTS
   * events. A command at or past the end changes nothing that is simulated, so it always may run.
   */
  unrecordable(): string | null {
    const sim = this.requireSim();
    if (liveTimeMs(sim.nowMs()) >= sim.endMs) return null;
    const scripted = sim.scenario.events.length + this.liveInScript;
    if (scripted < MAX_EVENTS) return null;
    return `the script holds ${scripted} events, the most a scenario can have (${MAX_EVENTS}), so this change could not be recorded in the link; remove events in the timeline editor to make room`;
  }

  apply(trigger: Trigger): Params {
    const sim = this.requireSim();
    // To a time a share link can replay exactly (see ./liveTime): at most 1 ms of simulated time.
    const at = liveTimeMs(sim.nowMs());
    if (at < sim.endMs) this.liveInScript++;
    if (at <= sim.endMs) this.advance(at, Number.POSITIVE_INFINITY);
    sim.apply(trigger);
    this.pending.noteParamsChanged();
    this.pending.collect(sim);
    if (!this.playing) this.deliver();
    return sim.params();
  }

  /** The stack's tiers with the knobs in force now (live tier commands are checked against it). */
  stackInForce(): Tier[] {
    return this.sim?.stack?.() ?? this.scenario?.stack ?? [];
  }

  stats(): WorkerStats {
    return this.throughput.stats(this.deps.now(), this.sim?.nowMs() ?? 0, this.sim?.done() ?? false);
  }

  private restart(runId: number): void {
    this.playing = false;
    this.sim = this.deps.createSimulation(this.scenario as Scenario);
    this.runId = runId;
    this.liveInScript = 0;
    this.pending.clear();
    this.throughput.reset();
    this.deliver();
  }

  private requireSim(): Simulation {
    if (!this.sim) throw new Error('no scenario loaded');
    return this.sim;
  }

  private reanchor(): void {
    this.pacer.anchor(this.deps.now(), this.sim?.nowMs() ?? 0);
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

  /** One slice: advance for at most the budget, deliver if it is time, and come back. */
  private slice(): void {
    const sim = this.sim;
    if (!sim || !this.playing) return;
    const paced = this.pacer.target(this.speed, this.deps.now(), sim.nowMs(), sim.endMs);
    const held = this.holdAtMs !== null && this.holdAtMs < paced;
    const target = held ? (this.holdAtMs as number) : paced;
    this.advance(target, SLICE_BUDGET_MS);
    // Waiting at the hold is not falling behind: on release, go on at the chosen speed from here.
    if (held && sim.nowMs() >= target) this.reanchor();
    if (sim.done()) {
      this.playing = false;
      this.throughput.finished(this.deps.now());
    }
    this.pending.collect(sim);
    if (!this.playing || this.deps.now() - this.lastDelivery >= DELIVERY_INTERVAL_MS) this.deliver();
    // Behind the target (or at max speed): next task at once. Caught up: wait for real time.
    if (this.playing) this.schedule(sim.nowMs() < target || (this.speed === 'max' && !held));
  }

  /** Advances towards `targetMs` until reached or until `budgetMs` of wall-clock time is spent. */
  private advance(targetMs: number, budgetMs: number): void {
    const sim = this.requireSim();
    const start = this.deps.now();
    let t = start;
    while (sim.nowMs() < targetMs && !sim.done() && t - start < budgetMs) {
      this.throughput.events += sim.advance(targetMs, EVENTS_PER_CHECK);
      t = this.deps.now();
    }
    this.throughput.busyMs += t - start;
  }

  /** Delivers everything pending as one batch with one transferable buffer. */
  private deliver(): void {
    const sim = this.sim;
    if (!sim) return;
    this.pending.collect(sim);
    const out = this.pending.take();
    const batch: FrameBatch = {
      runId: this.runId,
      frames: out.frames,
      tierFrames: out.tierFrames,
      marks: out.marks,
      nowMs: sim.nowMs(),
      playing: this.playing,
      done: sim.done(),
      totals: sim.totals(),
    };
    if (out.paramsChanged) {
      batch.params = sim.params();
      const stack = sim.stack?.();
      batch.capacities = this.deps.capacities(batch.params, stack);
      if (stack && stack.length > 0) batch.stack = stack;
    }
    this.lastDelivery = this.deps.now();
    this.deps.deliver(batch);
  }
}
