/**
 * A pool of Node worker threads running map jobs, for the sweep CLI, the benchmark and the tests:
 * the browser map's scheduler (src/map/scheduler.ts) and protocol (src/map/protocol.ts), carried
 * by Comlink's Node adapter. A thread that exits or fails is replaced (see the scheduler) and its job
 * runs again on the fresh thread; a job that kills that one too becomes an error row, and the sweep
 * still ends.
 *
 * Threads start from the CLI build when the sweep runs from it, else from TypeScript through tsx
 * (scripts/toolThread.ts).
 */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import type { JobResult, MapJob } from '../src/map/jobs';
import type { MapWorkerApi } from '../src/map/protocol';
import { schedule, type JobPort, type PoolRun } from '../src/map/scheduler';
import { toolThread } from './toolThread';

/** Fault injection for tests: threads exit when handed the job with this id. */
export interface FaultOptions {
  exitOnJob?: number;
  /** Only the first this many threads started have the fault (default: all of them). */
  faultyThreads?: number;
}

function nodePort(faults: FaultOptions = {}): JobPort {
  const worker = toolThread('sweepWorker', { workerData: { exitOnJob: faults.exitOnJob } });
  const remote = Comlink.wrap<MapWorkerApi>(nodeEndpoint(worker));
  let terminated = false;
  const death = new Promise<string>((resolve) => {
    worker.on('error', (e) => resolve(`it failed: ${e.message}`));
    worker.on('exit', (code) => resolve(`it exited with code ${code}`));
  });
  return {
    run: (job) => remote.run(job) as Promise<JobResult>,
    terminate() {
      if (terminated) return;
      terminated = true;
      remote[Comlink.releaseProxy]();
      void worker.terminate();
    },
    death,
  };
}

/** Default pool size: every core the OS offers. */
export const defaultWorkers = (): number => Math.max(1, availableParallelism());

/**
 * Runs jobs on `workers` threads, reporting each result as it finishes; the threads end with the run.
 * Resolves when all jobs have finished (a dead thread's job finishes as an error row).
 */
export async function runOnThreads(jobs: readonly MapJob[], workers: number, onResult: (r: JobResult) => void, faults: FaultOptions = {}): Promise<void> {
  let started = 0;
  const start = () => nodePort(started++ < (faults.faultyThreads ?? Infinity) ? faults : {});
  const ports = Array.from({ length: Math.max(1, Math.min(workers, jobs.length || 1)) }, start);
  const run: PoolRun = schedule(jobs, ports, onResult, start);
  await run.done;
}
