/**
 * A pool of Web Workers computing map cells in the browser: results stream in as cells finish, and
 * a run can be cancelled (its workers are terminated; the next run starts fresh ones).
 *
 * Size: navigator.hardwareConcurrency − 1, at least 1, so one core stays with the page (charts,
 * input) while the map fills; on a 1-core machine the single worker shares it.
 */
import * as Comlink from 'comlink';
import type { JobResult, MapJob } from './jobs';
import type { MapWorkerApi } from './protocol';
import { newLifelineName, watchLifeline } from '../platform/lifeline';
import { schedule, type JobPort, type PoolRun } from './scheduler';

/** Workers for this machine: all cores but one, at least one. */
export function defaultPoolSize(hardwareConcurrency: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  const cores = hardwareConcurrency && hardwareConcurrency > 0 ? Math.floor(hardwareConcurrency) : 2;
  return Math.max(1, cores - 1);
}

function webPort(): JobPort {
  // Vite bundles the worker from this exact expression (module worker, like the lab's simWorker).
  const worker = new Worker(new URL('./map.worker.ts', import.meta.url), { type: 'module', name: 'map' });
  const remote = Comlink.wrap<MapWorkerApi>(worker);
  const lifeline = newLifelineName('map');
  let terminated = false;
  let unwatch = () => {};
  let onDeath: (reason: string) => void = () => {};
  const death = new Promise<string>((resolve) => (onDeath = resolve));
  // Jobs wait until the worker holds its lifeline, so its death can always be seen.
  const ready = remote.lifeline(lifeline).then(() => {
    if (!terminated) unwatch = watchLifeline(lifeline, () => onDeath('the browser ended it, perhaps short of memory'));
  });
  // runJob never throws, so an error event means the worker itself failed (a script that could not
  // load, a crash): it will not answer, so it counts as dead.
  worker.addEventListener('error', (e) => onDeath(`it failed: ${e.message || 'unknown error'}`));
  return {
    run: (job) => ready.then(() => remote.run(job) as Promise<JobResult>),
    // Idempotent: a finished run terminates its workers, and a later cancel() (a view closing)
    // must not touch the released proxy again (Comlink throws "Proxy has been released").
    terminate: () => {
      if (terminated) return;
      terminated = true;
      unwatch();
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
    death,
  };
}

export interface MapPoolRun extends PoolRun {
  /** Number of workers used. */
  readonly size: number;
}

/**
 * Runs jobs on a fresh set of `size` workers; `onResult` receives every result as it arrives. The
 * workers are terminated when the run ends or is cancelled, so an idle page holds no threads, and
 * a worker that dies is replaced.
 * `createPort` is injectable for tests.
 */
export function runMapJobs(
  jobs: readonly MapJob[],
  onResult: (r: JobResult) => void,
  size: number = defaultPoolSize(),
  createPort: () => JobPort = webPort,
): MapPoolRun {
  const n = Math.max(1, Math.min(size, jobs.length || 1));
  const ports = Array.from({ length: n }, createPort);
  // A worker that dies is replaced by a fresh one (see ./scheduler); the run still ends.
  const run = schedule(jobs, ports, onResult, createPort);
  return { size: n, done: run.done, cancel: run.cancel };
}
