/** The contract between the page and the compare view's worker (run B). */
import type { Scenario } from '../../sim/scenario';
import type { TimedTrigger } from './variant';

export interface CompareBatch {
  runId: number;
  /** rows × METRIC_COUNT, row-major; its buffer is transferred. */
  frames: Float64Array;
  nowMs: number;
  done: boolean;
}

export interface CompareWorkerApi {
  /** Holds the Web Lock `name` for the worker's life (src/worker/lifeline.ts); answers once held. */
  lifeline(name: string): Promise<void>;
  /** Starts run B afresh (paused until asked to follow). */
  load(scenario: Scenario, runId: number): void;
  /** Applies A's live commands at their times and advances to `untilMs`; returns the new frames. */
  follow(untilMs: number, triggers: TimedTrigger[]): CompareBatch;
}
