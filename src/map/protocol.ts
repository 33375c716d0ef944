/**
 * The contract of a map worker, the same for the browser's Web Workers (./map.worker.ts) and the
 * sweep CLI's Node worker threads (scripts/sweepWorker.ts): both are reached through Comlink.
 */
import type { JobResult, MapJob } from './jobs';

export interface MapWorkerApi {
  /**
   * Browser only: holds the Web Lock `name` for the worker's life (src/worker/lifeline.ts), so the
   * page learns of its death; answers once held. Node threads report death by their exit event.
   */
  lifeline(name: string): Promise<void>;
  /** Runs one job; never throws (a failure is an `error` result). */
  run(job: MapJob): JobResult;
}
