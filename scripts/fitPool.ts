/**
 * Runs the fit's simulations on Node worker threads: an Evaluator (src/fit/simulateFrames) whose
 * batches are spread over the threads, each taking the next scenario as soon as it is free.
 * Threads start from the CLI build when the fit runs from it, else from TypeScript through tsx
 * (scripts/toolThread.ts).
 */
import type { Worker } from 'node:worker_threads';
import type { Evaluator } from '../src/fit/simulateFrames';
import type { Scenario } from '../src/sim/scenario';
import { toolThread } from './toolThread';

type Reply = { id: number; frames?: Float64Array; error?: string };

export interface ThreadEvaluator extends Evaluator {
  close(): Promise<void>;
}

export function threadEvaluator(threads: number): ThreadEvaluator {
  const workers = Array.from({ length: Math.max(1, threads) }, () => toolThread('fitWorker'));
  return {
    async run(scenarios: readonly Scenario[]): Promise<Float64Array[]> {
      const out = new Array<Float64Array>(scenarios.length);
      let next = 0;
      const drive = (w: Worker) =>
        new Promise<void>((resolve, reject) => {
          const take = () => {
            if (next >= scenarios.length) {
              w.off('message', onMessage);
              w.off('error', reject);
              resolve();
              return;
            }
            const id = next++;
            w.postMessage({ id, scenario: scenarios[id] });
          };
          const onMessage = (r: Reply) => {
            if (r.error !== undefined || !r.frames) {
              w.off('message', onMessage);
              reject(new Error(`simulation ${r.id} failed: ${r.error}`));
              return;
            }
            out[r.id] = r.frames;
            take();
          };
          w.on('message', onMessage);
          w.once('error', reject);
          take();
        });
      await Promise.all(workers.map(drive));
      return out;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
