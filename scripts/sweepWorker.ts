/**
 * Node worker-thread entry of the sweep pool: the map worker's API (src/map/protocol.ts) over
 * Comlink's Node adapter, the same contract the browser's map workers serve. Started by ./sweepPool
 * with tsx loaded, so it imports TypeScript.
 */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { runJob } from '../src/map/jobs';
import type { MapWorkerApi } from '../src/map/protocol';

if (!parentPort) throw new Error('sweepWorker.ts runs only as a worker thread');

/** Test-only fault injection: the thread exits when handed the job with this id (see sweepPool). */
const exitOnJob = (workerData as { exitOnJob?: number } | undefined)?.exitOnJob;

const api: MapWorkerApi = {
  // A thread's death is seen through its exit event; there is no lock to hold.
  lifeline: () => Promise.resolve(),
  run: (job) => {
    if (job.id === exitOnJob) process.exit(3);
    return runJob(job, () => performance.now());
  },
};

Comlink.expose(api, nodeEndpoint(parentPort));
