/**
 * Hands jobs to a fixed set of workers, one job per worker at a time, and reports each result as it
 * arrives. Shared by the browser pool (Web Workers) and the Node pool (worker threads): only the
 * port that carries a job to a worker differs.
 *
 * One job per worker at a time (no prefetch) keeps the scheduling greedy: a worker that finishes a
 * cheap, early-stopped cell takes the next one at once, so expensive cells do not pile up behind it.
 */
import type { JobResult, MapJob } from './jobs';

/** A worker that runs one job at a time. */
export interface JobPort {
  run(job: MapJob): Promise<JobResult>;
  terminate(): void;
}

export interface PoolRun {
  /** Resolves `done` after the last result, or `cancelled` once cancel() was called. */
  done: Promise<'done' | 'cancelled'>;
  /** Stops handing out jobs and terminates the workers (results in progress are dropped). */
  cancel(): void;
}

/**
 * Runs `jobs` on `ports`, in order of the list (callers put the jobs they want first at the front).
 * `onResult` is called once per job as it finishes; a port failure becomes an `error` result.
 */
export function schedule(jobs: readonly MapJob[], ports: readonly JobPort[], onResult: (r: JobResult) => void): PoolRun {
  let next = 0;
  let finished = 0;
  let cancelled = false;
  let resolve!: (v: 'done' | 'cancelled') => void;
  const done = new Promise<'done' | 'cancelled'>((r) => (resolve = r));
  if (ports.length === 0) throw new Error('a pool needs at least one worker');

  const feed = (port: JobPort): void => {
    if (cancelled || next >= jobs.length) return;
    const job = jobs[next++];
    port.run(job).then(
      (r) => settle(port, r),
      (e: unknown) => settle(port, { kind: 'error', id: job.id, message: `job ${job.id} failed in its worker: ${e instanceof Error ? e.message : String(e)}` }),
    );
  };
  const settle = (port: JobPort, r: JobResult): void => {
    if (cancelled) return;
    finished++;
    onResult(r);
    if (finished === jobs.length) resolve('done');
    else feed(port);
  };

  if (jobs.length === 0) resolve('done');
  for (const p of ports) feed(p);
  return {
    done,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      for (const p of ports) p.terminate();
      resolve('cancelled');
    },
  };
}
