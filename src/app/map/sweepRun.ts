/**
 * One sweep on the Web Worker pool, with the progress a page shows: cells done of total, elapsed
 * time, workers, and how it ended. Results go to the caller's `onResult` (kept outside React and
 * painted once per animation frame); only the progress counters live in a small store.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { JobResult, MapJob } from '../../map';
import { defaultPoolSize, runMapJobs, type MapPoolRun } from '../../map/workerPool';
import { readQuery } from '../../share/address';
import { ASK_ABOVE_BYTES, estimateBatchCost, estimateCost, mapNeedsConsent } from '../../sim/cost';
import { askToRun } from '../cost/askToRun';

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled';

export interface SweepProgress {
  status: SweepStatus;
  done: number;
  total: number;
  workers: number;
  /** performance.now() at start and at the end (null while running). */
  startedMs: number;
  endedMs: number | null;
  /** Failed jobs' messages (a few). */
  errors: string[];
}

export const idleProgress = (): SweepProgress => ({ status: 'idle', done: 0, total: 0, workers: 0, startedMs: 0, endedMs: null, errors: [] });

export type ProgressStore = StoreApi<SweepProgress>;
export const createProgressStore = (): ProgressStore => createStore<SweepProgress>(idleProgress);

/**
 * Workers per sweep: one per core. src/map's default keeps a core for the page (the lab streams
 * charts); the map page does nothing else while cells stream in, and the browser benchmark shows it
 * stays responsive with every core busy (2 cores: timer lag p95 4 ms, 9.5 cells/s against 6.2 with
 * one worker). `&workers=N` in the address may ask for fewer, never for more than the machine's
 * cores: each worker holds a whole simulation, so a link asking for 32 on a phone would multiply
 * the memory a cell takes by 32 for no speed.
 */
export const mapPagePoolSize = (cores: number | undefined = globalThis.navigator?.hardwareConcurrency): number =>
  defaultPoolSize(cores) + ((cores ?? 0) > 1 ? 1 : 0);

export function poolSizeFrom(search: string, cores: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  const most = mapPagePoolSize(cores);
  const asked = readQuery(search).values.workers;
  return asked === undefined ? most : Math.min(asked, most);
}

export interface Sweep {
  cancel(): void;
}

/**
 * Workers a sweep may use within the memory budget: each worker holds one cell's simulation, so
 * `workers × costliest cell` stays under ASK_ABOVE_BYTES (at least one worker).
 */
export function workersWithinBudget(jobs: readonly MapJob[], size: number): { workers: number; costliest: MapJob | null; cellBytes: number } {
  let costliest: MapJob | null = null;
  let cellBytes = 0;
  for (const j of jobs) {
    const b = estimateCost(j.scenario).bytes;
    if (b > cellBytes) [cellBytes, costliest] = [b, j];
  }
  return { workers: Math.max(1, Math.min(size, Math.floor(ASK_ABOVE_BYTES / Math.max(1, cellBytes)))), costliest, cellBytes };
}

/**
 * Starts `jobs` on a fresh pool; `onResult` gets every successful result. Fewer workers run when
 * cells are large (see workersWithinBudget); a grid whose cells together cost more than one run
 * may without asking (memory of the cells at once, work of them all) asks first.
 */
export function startSweep(
  jobs: readonly MapJob[],
  progress: ProgressStore,
  onResult: (r: Exclude<JobResult, { kind: 'error' }>) => void,
  size: number = poolSizeFrom(location.search),
): Sweep {
  let pool: MapPoolRun | null = null;
  const question = new AbortController();
  const now = () => performance.now();
  progress.setState({ ...idleProgress(), status: 'running', total: jobs.length, startedMs: now() });
  const budget = workersWithinBudget(jobs, size);
  const begin = () => {
    pool = runPool(jobs, progress, onResult, budget.workers, now);
  };
  // The whole grid counts, not one cell: 4,096 cells each just under the threshold are days of work.
  const grid = estimateBatchCost(
    jobs.map((j) => j.scenario),
    budget.workers,
  );
  if (budget.costliest && mapNeedsConsent(grid)) {
    void askToRun(budget.costliest.scenario, { source: 'map', declineText: 'Do not compute it', signal: question.signal, cost: grid }).then((yes) => {
      if (question.signal.aborted) return;
      if (yes) begin();
      else
        progress.setState({
          status: 'cancelled',
          endedMs: now(),
          errors: ['The map was not computed: its cells, all together, cost more than this page runs without asking.'],
        });
    });
  } else begin();
  return {
    cancel: () => {
      question.abort();
      pool?.cancel();
    },
  };
}

function runPool(
  jobs: readonly MapJob[],
  progress: ProgressStore,
  onResult: (r: Exclude<JobResult, { kind: 'error' }>) => void,
  workers: number,
  now: () => number,
): MapPoolRun {
  const pool = runMapJobs(
    jobs,
    (r) => {
      const p = progress.getState();
      if (r.kind === 'error') progress.setState({ done: p.done + 1, errors: [...p.errors, r.message].slice(0, 5) });
      else {
        onResult(r);
        progress.setState({ done: p.done + 1 });
      }
    },
    workers,
  );
  progress.setState({ workers: pool.size });
  void pool.done.then((how) => progress.setState({ status: how, endedMs: now() }));
  return pool;
}

/** Seconds since the sweep started (frozen once it ended). */
export function elapsedS(p: SweepProgress, nowMs: number): number {
  if (p.status === 'idle') return 0;
  return ((p.endedMs ?? nowMs) - p.startedMs) / 1000;
}
