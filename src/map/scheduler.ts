/**
 * Hands jobs to a set of workers, one job per worker at a time, and reports each result as it
 * arrives. Shared by the browser pool (Web Workers) and the Node pool (worker threads): only the
 * port that carries a job to a worker differs.
 *
 * One job per worker at a time (no prefetch) keeps the scheduling greedy: a worker that finishes a
 * cheap, early-stopped cell takes the next one at once, so expensive cells do not pile up behind it.
 *
 * A worker can die rather than answer (it runs out of memory, crashes, exits, or the browser ends
 * it). Its port then resolves `death` and a fresh port takes its place, up to one replacement per
 * original worker. The job it held runs once more, first, on that fresh worker: a death is often
 * not the job's fault (the tab was short of memory for a moment, the OS killed a thread). If the
 * job kills that worker too, it becomes an error result: a third try would most likely kill a
 * third. With every worker dead and none left to start, the remaining jobs end as errors: a run
 * always finishes, it never waits on a dead worker.
 */
import type { JobResult, MapJob } from './jobs';

/** A worker that runs one job at a time. */
export interface JobPort {
  run(job: MapJob): Promise<JobResult>;
  /** Ends the worker on purpose (never reported through `death`). */
  terminate(): void;
  /** Resolves, with a reason, if the worker dies by itself; absent for ports that cannot die. */
  readonly death?: Promise<string>;
}

export interface PoolRun {
  /** Resolves `done` after the last result, or `cancelled` once cancel() was called. */
  done: Promise<'done' | 'cancelled'>;
  /** Stops handing out jobs and terminates the workers (results in progress are dropped). */
  cancel(): void;
}

/**
 * Runs `jobs` on `ports` (ending them when the run ends), in order of the list (callers put the jobs they want first at the front).
 * `onResult` is called once per job as it finishes; a port failure becomes an `error` result.
 * `replace` starts a worker in place of one that died (omit it to carry on with the survivors).
 */
export function schedule(jobs: readonly MapJob[], ports: readonly JobPort[], onResult: (r: JobResult) => void, replace?: () => JobPort): PoolRun {
  if (ports.length === 0) throw new Error('a pool needs at least one worker');
  let next = 0;
  let finished = 0;
  let cancelled = false;
  let replacementsLeft = replace ? ports.length : 0;
  /** Jobs already run once on a worker that died: a second death is their end. */
  const retried = new Set<MapJob>();
  const live = new Set<JobPort>();
  const holding = new Map<JobPort, MapJob>();
  let resolve!: (v: 'done' | 'cancelled') => void;
  const done = new Promise<'done' | 'cancelled'>((r) => (resolve = r));

  const report = (r: JobResult): void => {
    finished++;
    onResult(r);
    if (finished === jobs.length) {
      // The workers end with the run, so an idle page or CLI holds no threads.
      for (const p of live) p.terminate();
      live.clear();
      resolve('done');
    }
  };

  /** Hands the port its next job: `again` (a dead worker's job) or the next in the list. */
  const feed = (port: JobPort, again?: MapJob): void => {
    if (cancelled || !live.has(port) || (again === undefined && next >= jobs.length)) return;
    const job = again ?? jobs[next++];
    holding.set(port, job);
    port.run(job).then(
      (r) => settle(port, job, r),
      (e: unknown) =>
        settle(port, job, { kind: 'error', id: job.id, message: `job ${job.id} failed in its worker: ${e instanceof Error ? e.message : String(e)}` }),
    );
  };

  /** A job's answer counts once, and only from a port that still holds it. */
  const settle = (port: JobPort, job: MapJob, r: JobResult): void => {
    if (cancelled || holding.get(port) !== job) return;
    holding.delete(port);
    report(r);
    feed(port);
  };

  const died = (port: JobPort, reason: string): void => {
    if (cancelled || !live.delete(port)) return;
    port.terminate();
    const job = holding.get(port);
    holding.delete(port);
    const canReplace = replace !== undefined && replacementsLeft > 0;
    if (job && canReplace && !retried.has(job)) {
      retried.add(job);
      replacementsLeft--;
      enlist(replace(), job);
      return;
    }
    if (job) {
      const again = retried.has(job) ? ', and again on a fresh worker' : '';
      report({ kind: 'error', id: job.id, message: `job ${job.id}: its worker died (${reason})${again}; this cell was not computed` });
    }
    if (canReplace && next < jobs.length) {
      replacementsLeft--;
      enlist(replace());
    } else if (live.size === 0) {
      // Nobody is left to run the rest: end them with a message rather than wait forever.
      while (next < jobs.length) {
        const j = jobs[next++];
        report({ kind: 'error', id: j.id, message: `job ${j.id}: not run, every worker of the pool died` });
      }
    }
  };

  const enlist = (port: JobPort, again?: MapJob): void => {
    live.add(port);
    void port.death?.then((reason) => died(port, reason));
    feed(port, again);
  };

  if (jobs.length === 0) {
    for (const p of ports) p.terminate();
    resolve('done');
  } else for (const p of ports) enlist(p);
  return {
    done,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      for (const p of live) p.terminate();
      live.clear();
      resolve('cancelled');
    },
  };
}
