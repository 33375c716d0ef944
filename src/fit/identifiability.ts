/**
 * Which parameters the data pins down: each searched parameter is moved one step either way from the
 * fit (20% for capacities and times, 0.1 for the Zipf exponent, one retry, half a second for the
 * trigger) and the loss is measured again. A parameter whose nudge raises the loss by less than 5%
 * barely matters to these series: the trace does not constrain it, and the report says so.
 */
import type { SearchProgress } from './coordinateSearch';
import { FIT_PARAMS, fromCoord, toCoord, type FitParamName, type FitValues } from './fitSpace';

export interface ParamSensitivity {
  name: FitParamName;
  value: number;
  /** Loss one step below and above the fitted value. */
  lossDown: number;
  lossUp: number;
  /** Smallest relative rise of the loss over the two nudges (negative: a nudge lowers it). */
  rise: number;
  constrained: boolean;
}

/** Rise of the loss below which a parameter counts as barely constrained. */
export const CONSTRAINED_RISE = 0.05;

const NUDGE: Partial<Record<FitParamName, number>> = { 'workload.zipf': 0.1, 'trigger.atS': 0.5, 'client.retries': 1 };

export async function identifiability(
  names: readonly FitParamName[],
  values: FitValues,
  bestLoss: number,
  lossesOf: (v: FitValues[]) => Promise<number[]>,
  onProgress?: (p: SearchProgress) => void,
): Promise<ParamSensitivity[]> {
  const points: FitValues[] = [];
  for (const n of names) {
    const c = toCoord(n, values[n] ?? 1);
    const d = NUDGE[n] ?? (FIT_PARAMS[n].scale === 'log' ? Math.log(1.2) : FIT_PARAMS[n].step);
    points.push({ ...values, [n]: fromCoord(n, c - d) }, { ...values, [n]: fromCoord(n, c + d) });
  }
  onProgress?.({ evaluations: 0, budget: points.length, bestLoss });
  const losses = await lossesOf(points);
  onProgress?.({ evaluations: points.length, budget: points.length, bestLoss });
  return names.map((name, i) => {
    const lossDown = losses[2 * i];
    const lossUp = losses[2 * i + 1];
    const rise = Math.min(lossDown, lossUp) / Math.max(bestLoss, 1e-12) - 1;
    return { name, value: values[name] ?? Number.NaN, lossDown, lossUp, rise, constrained: rise >= CONSTRAINED_RISE };
  });
}
