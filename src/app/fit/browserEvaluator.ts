/**
 * The fit's simulations on Web Workers: an Evaluator whose batches spread over a few workers, each
 * taking the next scenario when it is free. `stop()` terminates them (Cancel), and a stopped
 * evaluator rejects whatever was still running.
 */
import * as Comlink from 'comlink';
import type { Evaluator } from '../../fit/simulateFrames';
import type { Scenario } from '../../sim/scenario';
import type { FitWorkerApi } from './fit.worker';

/**
 * Workers for a fit or "what would have saved us": every core, as the map page does (its
 * measurement: the page stays responsive with every core busy, and a 2-core machine gets twice the
 * runs of one worker), at most eight (each worker holds a whole simulation, and a phone with many
 * small cores has little memory for them).
 */
export function fitWorkerCount(cores: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  return Math.max(1, Math.min(8, cores && cores > 0 ? Math.floor(cores) : 2));
}

export interface StoppableEvaluator extends Evaluator {
  readonly size: number;
  stop(): void;
}

export function browserEvaluator(size = fitWorkerCount()): StoppableEvaluator {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./fit.worker.ts', import.meta.url), { type: 'module', name: 'fit' }));
  const remotes = workers.map((w) => Comlink.wrap<FitWorkerApi>(w));
  let stopped = false;
  let abort: ((e: Error) => void) | null = null;
  return {
    size,
    async run(scenarios: readonly Scenario[]) {
      if (stopped) throw new Error('the fit was cancelled');
      const out = new Array<Float64Array>(scenarios.length);
      let next = 0;
      const cancelled = new Promise<never>((_, reject) => {
        abort = reject;
      });
      const drive = async (remote: Comlink.Remote<FitWorkerApi>) => {
        while (next < scenarios.length) {
          const id = next++;
          out[id] = await remote.run(scenarios[id]);
        }
      };
      await Promise.race([Promise.all(remotes.map(drive)), cancelled]);
      return out;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      for (const w of workers) w.terminate();
      abort?.(new Error('the fit was cancelled'));
    },
  };
}
