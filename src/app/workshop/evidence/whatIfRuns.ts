/**
 * "What would have saved us" in the browser: every mitigation run on the scenario on screen, on the
 * fit's Web Workers (the same evaluator, so the same runs as the fit and the command line), with
 * progress and Cancel. Loaded with the exporters, on the first export.
 */
import { NO_TRIGGER, whatIf, type WhatIfReport } from '../../../mitigations/whatIf';
import { incidentTrigger } from '../../../mitigations/whatIfScenarios';
import type { Scenario } from '../../../sim/scenario';
import { browserEvaluator } from '../../fit/browserEvaluator';

export interface WhatIfHooks {
  onProgress?: (p: { done: number; total: number; workers: number }) => void;
  /** Aborting stops the workers; the run rejects. */
  signal?: AbortSignal;
}

/** Rejects when cancelled, and at once when the scenario has no trigger (nothing to save it from). */
export async function whatIfInBrowser(scenario: Scenario, hooks: WhatIfHooks = {}): Promise<WhatIfReport> {
  if (!incidentTrigger(scenario)) throw new Error(NO_TRIGGER);
  if (hooks.signal?.aborted) throw new Error('cancelled');
  const evaluator = browserEvaluator();
  const stop = () => evaluator.stop();
  hooks.signal?.addEventListener('abort', stop);
  try {
    return await whatIf(scenario, (s) => evaluator.run(s), { onProgress: (p) => hooks.onProgress?.({ ...p, workers: evaluator.size }) });
  } finally {
    hooks.signal?.removeEventListener('abort', stop);
    evaluator.stop();
  }
}
