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
  /** Seeds each point is simulated with; the loss compares the mean of their frames. */
  replicas?: number;
  /**
   * Also search the arrival rate. Off by default: it is read directly off the healthy frames, and a
   * search free to move it lowers the load to hide a mismatch elsewhere.
   */
  searchLoad?: boolean;
  /** Measure how much each parameter matters (two runs per parameter). Default true. */
  sensitivity?: boolean;
  onProgress?: (p: SearchProgress & { phase: 'scan' | 'search' | 'sensitivity' }) => void;
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
const ZIPF_SCAN = [-0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15];

function meanFrames(runs: Float64Array[]): Float64Array {
  if (runs.length === 1) return runs[0];
  const len = Math.min(...runs.map((r) => r.length));
  const out = new Float64Array(len);
  for (const r of runs) for (let i = 0; i < len; i++) out[i] += r[i] / runs.length;
  return out;
}

export async function runFit(observed: Observed, evaluator: Evaluator, opts: FitOptions = {}): Promise<FitResult> {
  const est = estimate(observed, opts.fixed ?? {}, opts.seed ?? 7);
  const names = freeParams(est.ctx).filter((n) => n !== 'workload.rps' || opts.searchLoad);
  const start = { ...est.start };
  let scanEvaluations = 0;
  const valuesAt = (x: number[]): FitValues => {
    const v: FitValues = { ...start };
    names.forEach((n, i) => (v[n] = fromCoord(n, x[i])));
    return v;
  };
  const replicas = Math.max(1, opts.replicas ?? 1);
  /** Frames of a point: the mean over `replicas` seeds, the same seeds for every point. */
  const framesOf = async (scenarios: Scenario[]): Promise<Float64Array[]> => {
    const runs = scenarios.flatMap((s) => Array.from({ length: replicas }, (_, r) => ({ ...s, seed: s.seed + r })));
    const frames = await evaluator.run(runs);
    return scenarios.map((_, i) => meanFrames(frames.slice(i * replicas, (i + 1) * replicas)));
  };
  const lossesOf = async (vals: FitValues[], ctx = est.ctx): Promise<number[]> => {
    const scenarios: (Scenario | null)[] = vals.map((v) => {
      try {
        return buildScenario(ctx, v);
      } catch {
        return null;
      }
    });
    const frames = await framesOf(scenarios.filter((s): s is Scenario => s !== null));
    let j = 0;
    return scenarios.map((s) => (s === null ? Number.POSITIVE_INFINITY : lossOf(observed, frames[j++]).loss));
  };

  // A flush of the whole cache and one of the hottest keys look alike at one frame per second (the
  // hottest keys refill within the first second either way): the simulated loss decides.
  if (est.ctx.kind === 'flush' && est.ctx.hitLoss < 1) {
    const partial = { ...est.ctx };
    const whole = { ...est.ctx, hitLoss: 1 };
    const [lossWhole] = await lossesOf([start], whole);
    const [lossPartial] = await lossesOf([start], partial);
    if (lossWhole <= lossPartial) est.ctx.hitLoss = 1;
    scanEvaluations += 2 * replicas;
  }

  // The key popularity is read off the trace least directly, and the loss is jagged along it (how
  // many keys refill right after a flush moves in whole keys), so it gets a coarse scan first.
  if (names.includes('workload.zipf') && start['workload.zipf'] !== undefined) {
    const z0 = start['workload.zipf'];
    const grid = ZIPF_SCAN.map((d) => fromCoord('workload.zipf', z0 + d));
    opts.onProgress?.({ phase: 'scan', evaluations: 0, budget: grid.length, bestLoss: Number.POSITIVE_INFINITY });
    const losses = await lossesOf(grid.map((z) => ({ ...start, 'workload.zipf': z })));
    start['workload.zipf'] = grid[losses.indexOf(Math.min(...losses))];
    scanEvaluations += grid.length * replicas;
  }

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
  const startScenario = buildScenario(est.ctx, est.start);
  const [fitFrames, startFrames] = await framesOf([scenario, startScenario]);
  const report = lossOf(observed, fitFrames);
  const cancelled = opts.cancelled?.() ?? false;
  const sensitivity =
    cancelled || opts.sensitivity === false
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
    evaluations: scanEvaluations + (search.evaluations + 2 + 2 * sensitivity.length) * replicas,
    converged: search.converged,
    cancelled,
  };
}
