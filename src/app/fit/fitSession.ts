/**
 * What the fit panel loads on first use (kept out of the lab's first load): the importers and a fit
 * run on Web Workers that can be cancelled.
 */
import { fitReportLines } from '../../fit/fitReport';
import { parseFixed } from '../../fit/fixedParams';
import { importMetrics } from '../../fit/importFile';
import type { Observed } from '../../fit/observed';
import { runFit, type FitResult } from '../../fit/runFit';
import type { SearchProgress } from '../../fit/coordinateSearch';
import { browserEvaluator } from './browserEvaluator';

export { importMetrics, parseFixed, fitReportLines };

export interface FitRun {
  done: Promise<FitResult>;
  cancel(): void;
  workers: number;
}

export function startFit(
  observed: Observed,
  fixed: Record<string, number>,
  budget: number,
  onProgress: (p: SearchProgress & { phase: string }) => void,
): FitRun {
  const evaluator = browserEvaluator();
  let cancelled = false;
  const done = runFit(observed, evaluator, {
    fixed,
    budget,
    replicas: 1,
    parallel: Math.max(2, evaluator.size),
    onProgress,
    cancelled: () => cancelled,
  }).finally(() => evaluator.stop());
  return {
    done,
    workers: evaluator.size,
    cancel() {
      cancelled = true;
      evaluator.stop();
    },
  };
}
