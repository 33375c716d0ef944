/** What the simulation core offers its callers (runner, worker, tests). */
import type { Params, Scenario, Trigger } from './scenario';
import type { Tier } from './stackSchema';

/** A trigger or parameter change as it was applied, for marking the charts. */
export interface Mark {
  /** Simulated time of application, seconds. */
  tS: number;
  trigger: Trigger;
  /** `script`: from the scenario's events; `live`: a command sent while running. */
  source: 'script' | 'live';
  /** Human-readable, e.g. "flush", "retries → 0"; a scripted event's own label when it has one. */
  label: string;
  /** The scripted event's own label (its scenario's words), when it has one. */
  eventLabel?: string;
}

/** Cumulative accounting since t = 0. Every request is delivered, failed, dropped at a cap or in flight. */
export interface Totals {
  events: number;
  requests: number;
  attempts: number;
  delivered: number;
  failedTimeout: number;
  failedRejected: number;
  failedShed: number;
  /** Failed fast by an open circuit breaker (never retried). */
  failedBreaker: number;
  /** Dropped because a memory cap of the simulation was full (src/sim/limits.ts); never in a stored run. */
  droppedAtCap: number;
  inFlight: number;
  dbCompletions: number;
  wasted: number;
}

export interface Simulation {
  /** The scenario it was created from (with its scripted events). */
  readonly scenario: Scenario;
  /** End of the run in simulated ms (durationS × 1000). */
  readonly endMs: number;
  /** Current simulated time, ms. */
  nowMs(): number;
  /** Parameters in force now (after scripted and live changes). */
  params(): Params;
  /**
   * Processes events in time order up to `untilMs` (never past endMs), or until `maxEvents`
   * have been processed. Returns the number processed. Cheap to call in small slices.
   */
  advance(untilMs: number, maxEvents?: number): number;
  /** Applies a trigger or change now. The caller validates it (parsePatch/parseEvent). */
  apply(trigger: Trigger): void;
  /** Frames completed since the last call: rows × METRIC_COUNT, row-major. */
  takeFrames(): Float64Array;
  /**
   * Per-tier frames completed since the last call, one row per frame of takeFrames: rows × (tiers ×
   * TIER_METRIC_COUNT), row-major, tiers in stack order. Empty without a stack.
   */
  takeTierFrames?(): Float64Array;
  /** The stack's tiers with the knobs in force now (empty without a stack). */
  stack?(): Tier[];
  /** Marks since the last call. */
  takeMarks(): Mark[];
  totals(): Totals;
  done(): boolean;
}
