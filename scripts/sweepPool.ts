/**
 * A pool of Node worker threads running map jobs, for the sweep CLI, the benchmark and the tests.
 *
 * Workers run TypeScript through tsx, nothing is compiled ahead, so it works on a fresh `npm ci`.
 * Why a bootstrap instead of `execArgv: ['--import', 'tsx']`: on Node 20 the worker's entry module
 * is resolved before the hooks that `--import` registers apply to it ("Unknown file extension .ts").
 * The bootstrap registers tsx's loader with its API first, then imports the TypeScript entry.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { JobResult, MapJob } from '../src/map/jobs';
import { schedule, type JobPort, type PoolRun } from '../src/map/scheduler';

const WORKER_URL = new URL('./sweepWorker.ts', import.meta.url).href;
const TSX_API = import.meta.resolve('tsx/esm/api');
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL)}); });`;

function nodePort(): JobPort {
  const worker = new Worker(BOOTSTRAP, { eval: true });
  // One job at a time per worker (the scheduler guarantees it), so one pending promise suffices.
  let pending: { resolve: (r: JobResult) => void; reject: (e: Error) => void } | null = null;
  worker.on('message', (r: JobResult) => {
    const p = pending;
    pending = null;
    p?.resolve(r);
  });
  const fail = (e: Error) => {
    const p = pending;
    pending = null;
    p?.reject(e);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
  return {
    run(job) {
      return new Promise<JobResult>((resolve, reject) => {
        pending = { resolve, reject };
        worker.postMessage(job);
      });
    },
    terminate() {
      void worker.terminate();
    },
  };
}

/** Default pool size: every core the OS offers. */
export const defaultWorkers = (): number => Math.max(1, availableParallelism());

/**
 * Runs jobs on `workers` threads, reporting each result as it finishes; the threads end with the run.
 * Resolves when all jobs have finished.
 */
export async function runOnThreads(jobs: readonly MapJob[], workers: number, onResult: (r: JobResult) => void): Promise<void> {
  const ports = Array.from({ length: Math.max(1, Math.min(workers, jobs.length || 1)) }, nodePort);
  const run: PoolRun = schedule(jobs, ports, onResult);
  try {
    await run.done;
  } finally {
    for (const p of ports) p.terminate();
  }
}
