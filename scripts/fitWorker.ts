/**
 * Node worker-thread entry of the fit pool: simulates the scenarios posted by the main thread and
 * posts back their frames (transferred, not copied). Started by ./fitPool with tsx loaded.
 */
import { parentPort } from 'node:worker_threads';
import { simulateFrames } from '../src/fit/simulateFrames';
import type { Scenario } from '../src/sim/scenario';

if (!parentPort) throw new Error('fitWorker.ts runs only as a worker thread');
const port = parentPort;
port.on('message', (job: { id: number; scenario: Scenario }) => {
  try {
    const frames = simulateFrames(job.scenario);
    port.postMessage({ id: job.id, frames }, [frames.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
