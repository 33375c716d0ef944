/**
 * The contract between the page and the simulation worker. Commands go in through Comlink;
 * metric frames come back in batches whose Float64Array buffers are transferred, not copied.
 */
import type { Mark, Totals } from '../sim/api';
import type { Capacities } from '../sim/capacity';
import type { Params, Scenario } from '../sim/scenario';
import type { Tier } from '../sim/stackSchema';

export type { Capacities };

/** How fast simulated time runs: simulated ms per wall-clock ms, or as fast as the machine allows. */
export type Speed = 1 | 10 | 60 | 'max';
export const SPEEDS: readonly Speed[] = [1, 10, 60, 'max'];

/** One delivery from the worker: everything that happened since the previous one. */
export interface FrameBatch {
  /** Chosen by the page on every load/reset, so it can drop batches from a previous run. */
  runId: number;
  /** rows × METRIC_COUNT, row-major. Its buffer is transferred. */
  frames: Float64Array;
  marks: Mark[];
  /** Simulated time reached, ms. */
  nowMs: number;
  playing: boolean;
  done: boolean;
  totals: Totals;
  /**
   * Per-tier columns of the same frames, rows × (tiers × TIER_METRIC_COUNT), row-major, tiers in
   * stack order; empty without a stack. Its buffer is transferred too.
   */
  tierFrames: Float64Array;
  /** Present only when parameters changed (or on the first batch of a run). */
  params?: Params;
  /** The stack's tiers with the knobs in force; sent with `params`. */
  stack?: Tier[];
  capacities?: Capacities;
}

/** Throughput of the worker's own loop, for the browser benchmark. */
export interface WorkerStats {
  /** Events processed since the last load/reset. */
  events: number;
  /** Wall-clock ms spent inside advance() since the last load/reset. */
  busyMs: number;
  /** Wall-clock ms between the first play and now (or done). */
  wallMs: number;
  nowMs: number;
  done: boolean;
}

export type CommandResult = { ok: true; params: Params } | { ok: false; errors: string[] };

export interface LabWorkerApi {
  /** Holds the Web Lock `name` for the worker's life (see ./lifeline); answers once it is held. */
  lifeline(name: string): Promise<void>;
  /** Registers the page's receiver of frame batches (a Comlink proxy). */
  connect(onBatch: (batch: FrameBatch) => void, onError: (message: string) => void): void;
  /**
   * Loads a scenario (already parsed by the page) and starts a fresh run, paused. The page picks
   * `runId` so it can drop late batches of the previous run before the worker even answers.
   */
  load(scenario: Scenario, runId: number): void;
  play(): void;
  pause(): void;
  /** Advances one metrics interval while paused. */
  step(): void;
  /** Starts the loaded scenario over as run `runId`, optionally with another seed. */
  reset(runId: number, seed?: number): void;
  setSpeed(speed: Speed): void;
  /** Holds the run at `ceilingMs` simulated ms (null releases it): a follower's lockstep. */
  holdAt(ceilingMs: number | null): void;
  /** Applies a trigger or change now; validated here, at the edge. */
  apply(trigger: unknown): CommandResult;
  stats(): WorkerStats;
}
