/**
 * Web Worker entry of the map pool: exposes runJob over Comlink. One worker runs one job at a time
 * (the scheduler never sends a second before the first answers), synchronously: a cell is short
 * (well under a second), and cancelling terminates the worker rather than interrupting a run.
 */
import * as Comlink from 'comlink';
import { runJob, type JobResult, type MapJob } from './jobs';

/** What the page sees of a map worker. */
export interface MapWorkerApi {
  run(job: MapJob): JobResult;
}

const api: MapWorkerApi = {
  run: (job) => runJob(job, () => performance.now()),
};

Comlink.expose(api);
