/**
 * Derivative-free minimisation by coordinate (compass) search: poll each free coordinate one step
 * up and down, move to the best point that lowers the loss, widen that coordinate's step after a
 * success and halve it after a failure, until every step is at its floor or the budget is spent.
 * Points of one round are evaluated together, so a pool of workers runs them in parallel. Why this
 * and not Nelder–Mead: it polls independent points (parallel by nature), handles whole-number
 * coordinates (retries, queue bound) by rounding, and a noisy loss cannot collapse its simplex.
 */

export interface Coordinate {
  step: number;
  minStep: number;
  /** Bounds in coordinate space. */
  lo: number;
  hi: number;
  /** Maps a coordinate to the value the objective sees (rounding for whole numbers); equal keys are one point. */
  key: (c: number) => number;
}

export interface SearchProgress {
  evaluations: number;
  budget: number;
  bestLoss: number;
}

export interface SearchOptions {
  budget: number;
  /** Points evaluated per round (the evaluator's parallelism; at least 2 = one coordinate up and down). */
  batch: number;
  onProgress?: (p: SearchProgress) => void;
  cancelled?: () => boolean;
}

export interface SearchResult {
  x: number[];
  loss: number;
  evaluations: number;
  converged: boolean;
}

type Objective = (points: number[][]) => Promise<number[]>;

export async function coordinateSearch(f: Objective, x0: number[], coords: Coordinate[], opts: SearchOptions): Promise<SearchResult> {
  const dims = coords.length;
  let x = x0.slice();
  let fx = (await f([x]))[0];
  let evaluations = 1;
  const step = coords.map((c) => c.step);
  const settled = new Array<boolean>(dims).fill(false);
  let next = 0;
  const perRound = Math.max(1, Math.floor(Math.max(2, opts.batch) / 2));
  opts.onProgress?.({ evaluations, budget: opts.budget, bestLoss: fx });

  while (evaluations < opts.budget && settled.some((s) => !s) && !opts.cancelled?.()) {
    const chosen: number[] = [];
    for (let tries = 0; tries < dims && chosen.length < perRound; tries++) {
      const d = (next + tries) % dims;
      if (!settled[d] && !chosen.includes(d)) chosen.push(d);
    }
    next = (chosen[chosen.length - 1] + 1) % dims;
    const points: number[][] = [];
    const owner: number[] = [];
    for (const d of chosen) {
      const c = coords[d];
      for (const dir of [1, -1]) {
        const p = x.slice();
        p[d] = Math.min(c.hi, Math.max(c.lo, x[d] + dir * step[d]));
        // A step that rounds (or clamps) back onto the current point is no poll at all.
        if (c.key(p[d]) === c.key(x[d])) continue;
        points.push(p);
        owner.push(d);
      }
    }
    const room = opts.budget - evaluations;
    const batch = points.slice(0, Math.max(0, room));
    const losses = batch.length > 0 ? await f(batch) : [];
    evaluations += batch.length;
    let best = -1;
    for (let i = 0; i < losses.length; i++) if (losses[i] < fx - 1e-12 && (best < 0 || losses[i] < losses[best])) best = i;
    for (const d of chosen) {
      if (best >= 0 && owner[best] === d) continue;
      if (step[d] <= coords[d].minStep + 1e-15) settled[d] = true;
      else step[d] = Math.max(coords[d].minStep, step[d] / 2);
    }
    if (best >= 0) {
      const d = owner[best];
      x = batch[best];
      fx = losses[best];
      step[d] = Math.min(coords[d].step * 2, step[d] * 1.5);
      // A move changes the landscape the other coordinates were polled in.
      settled.fill(false);
    }
    opts.onProgress?.({ evaluations, budget: opts.budget, bestLoss: fx });
  }
  return { x, loss: fx, evaluations, converged: settled.every(Boolean) };
}
