/**
 * The whole fit: analytic start (./estimate), coordinate search over simulated runs (./coordinateSearch)
 * with common random numbers (every run uses the same seed, so two points differ only by their
 * parameters, not by luck), then a sensitivity check of each searched parameter (./identifiability).
 */
import type { Scenario } from '../sim/scenario';
import { coordinateSearch, type Coordinate, type SearchProgress } from './coordinateSearch';
import { estimate, type Estimate } from './estimate';
import { buildScenario, FIT_PARAMS, freeParams, fromCoord, toCoord, type FitParamName, type FitValues, type Fixed } from './fitSpace';
import { identifiability, type ParamSensitivity } from './identifiability';
import { lossOf, type SeriesResidual } from './loss';
import type { Observed } from './observed';
import type { Evaluator } from './simulateFrames';

export interface FitOptions {
  fixed?: Fixed;
  /** Most simulated runs the search may spend (the sensitivity check adds two per parameter). */
  budget?: number;
  /** Runs evaluated together (the evaluator's parallelism). */
  parallel?: number;
  seed?: number;
  onProgress?: (p: SearchProgress & { phase: 'search' | 'sensitivity' }) => void;
  cancelled?: () => boolean;
}

export interface FitResult {
  scenario: Scenario;
  loss: number;
  residuals: SeriesResidual[];
  startScenario: Scenario;
  startLoss: number;
  values: FitValues;
  estimate: Estimate;
  sensitivity: ParamSensitivity[];
  /** Parameters the search moved. */
  searched: FitParamName[];
  evaluations: number;
  converged: boolean;
  cancelled: boolean;
}

export const DEFAULT_BUDGET = 160;

export async function runFit(observed: Observed, evaluator: Evaluator, opts: FitOptions = {}): Promise<FitResult> {
  const est = estimate(observed, opts.fixed ?? {}, opts.seed ?? 7);
  const names = freeParams(est.ctx);
  const start = { ...est.start };
  const valuesAt = (x: number[]): FitValues => {
    const v: FitValues = { ...start };
    names.forEach((n, i) => (v[n] = fromCoord(n, x[i])));
    return v;
  };
  const lossesOf = async (vals: FitValues[]): Promise<number[]> => {
    const scenarios: (Scenario | null)[] = vals.map((v) => {
      try {
        return buildScenario(est.ctx, v);
      } catch {
        return null;
      }
    });
    const runnable = scenarios.filter((s): s is Scenario => s !== null);
    const frames = await evaluator.run(runnable);
    let j = 0;
    return scenarios.map((s) => (s === null ? Number.POSITIVE_INFINITY : lossOf(observed, frames[j++]).loss));
  };

  const coords: Coordinate[] = names.map((n) => {
    const p = FIT_PARAMS[n];
    const lo = toCoord(n, n === 'trigger.atS' ? 0 : p.min);
    const hi = toCoord(n, n === 'trigger.atS' ? est.ctx.durationS : p.max);
    return { step: p.step, minStep: p.minStep, lo, hi, key: (c: number) => fromCoord(n, c) };
  });
  const x0 = names.map((n) => toCoord(n, start[n] ?? 1));
  const budget = opts.budget ?? DEFAULT_BUDGET;
  const search = await coordinateSearch((pts) => lossesOf(pts.map(valuesAt)), x0, coords, {
    budget,
    batch: opts.parallel ?? 2,
    onProgress: (p) => opts.onProgress?.({ ...p, phase: 'search' }),
    cancelled: opts.cancelled,
  });
  const values = valuesAt(search.x);
  const scenario = buildScenario(est.ctx, values);
  const startScenario = buildScenario(est.ctx, start);
  const [fitFrames, startFrames] = await evaluator.run([scenario, startScenario]);
  const report = lossOf(observed, fitFrames);
  const cancelled = opts.cancelled?.() ?? false;
  const sensitivity = cancelled
    ? []
    : await identifiability(names, values, report.loss, lossesOf, (p) => opts.onProgress?.({ ...p, phase: 'sensitivity' }));
  return {
    scenario,
    loss: report.loss,
    residuals: report.residuals,
    startScenario,
    startLoss: lossOf(observed, startFrames).loss,
    values,
    estimate: est,
    sensitivity,
    searched: names,
    evaluations: search.evaluations + 2 + 2 * sensitivity.length,
    converged: search.converged,
    cancelled,
  };
}
