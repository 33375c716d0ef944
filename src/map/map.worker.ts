/**
 * Web Worker entry of the map pool: exposes runJob over Comlink. One worker runs one job at a time
 * (the scheduler never sends a second before the first answers), synchronously: a cell is short
 * (well under a second), and cancelling terminates the worker rather than interrupting a run.
 */
import * as Comlink from 'comlink';
import { holdLifeline } from '../platform/lifeline';
import { runJob } from './jobs';
import type { MapWorkerApi } from './protocol';

const api: MapWorkerApi = {
  lifeline: (name) => holdLifeline(name),
  run: (job) => runJob(job, () => performance.now()),
};

Comlink.expose(api);
