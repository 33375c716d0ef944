/**
 * The unit of work a map worker (Web Worker or Node worker thread) runs, and its answer. Jobs carry
 * parsed scenarios (plain data, structured-clonable); the worker never parses or plans.
 */
import type { Scenario } from '../sim/scenario';
import type { BranchResult } from './hysteresis';
import type { JudgeRules } from './judge';
import { runBranch } from './hysteresis';
import { runCell, type CellResult } from './runCell';

export type MapJob =
  { kind: 'cell'; id: number; scenario: Scenario; rules?: JudgeRules; earlyStop?: boolean } | { kind: 'branch'; id: number; scenario: Scenario };

export type JobResult =
  | { kind: 'cell'; id: number; result: CellResult; wallMs: number }
  | { kind: 'branch'; id: number; result: BranchResult; wallMs: number }
  | { kind: 'error'; id: number; message: string };

/** Runs one job; never throws (a failure becomes an `error` result naming the job). */
export function runJob(job: MapJob, now: () => number = () => Date.now()): JobResult {
  const t0 = now();
  try {
    if (job.kind === 'cell') {
      const result = runCell(job.scenario, { earlyStop: job.earlyStop, rules: job.rules });
      return { kind: 'cell', id: job.id, result, wallMs: now() - t0 };
    }
    return { kind: 'branch', id: job.id, result: runBranch(job.scenario), wallMs: now() - t0 };
  } catch (e) {
    return { kind: 'error', id: job.id, message: `job ${job.id} failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
