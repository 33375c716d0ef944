/**
 * Node worker-thread entry of the sweep pool: runs map jobs (src/map/jobs) posted by the main thread
 * and posts each result back. Started by ./sweepPool with tsx loaded, so it imports TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { runJob, type MapJob } from '../src/map/jobs';

if (!parentPort) throw new Error('sweepWorker.ts runs only as a worker thread');
const port = parentPort;
port.on('message', (job: MapJob) => port.postMessage(runJob(job, () => performance.now())));
