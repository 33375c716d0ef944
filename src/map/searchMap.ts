/**
 * Runs a trigger map by search (boundarySearch.ts) on any pool: `runRound` computes a batch of
 * cells (the browser's Web Workers, the CLI's threads, or a test's lookup table) and the search
 * decides the next batch. `everyCell` (or a y axis that is not a trigger's size) computes the whole
 * grid in one batch, the sweep as it was.
 */
import type { Outcome } from './judge';
import type { MapCell, MapPlan } from './plan';
import type { CellResult } from './runCell';
import { BoundarySearch, isTriggerSizeAxis } from './boundarySearch';

export interface MapAnswer {
  cell: MapCell;
  outcome: Outcome;
  /** The cell was not computed: its outcome follows from its load's boundary. */
  inferred: boolean;
  /** The computed cell's result (absent when inferred or failed). */
  result?: CellResult;
  /** Why a computed cell has no result. */
  error?: string;
}

export type RoundResult = { index: number; result: CellResult } | { index: number; error: string };

export interface SearchOptions {
  /** The y axis path (the trigger) and whether it grows with j. */
  yPath: string;
  ascending: boolean;
  /** Compute every cell (no inference). */
  everyCell?: boolean;
  /** After each round: the answers known so far (computed cells only), and the round's number from 1. */
  onRound?: (answers: readonly MapAnswer[], round: number) => void;
}

/** True when the plan's map will be searched rather than swept (see SearchOptions.everyCell). */
export const searchesMap = (yPath: string, everyCell = false): boolean => !everyCell && isTriggerSizeAxis(yPath);

/** Every cell of the plan, computed or inferred, in the plan's (row-major) order. */
export async function searchMap(plan: MapPlan, runRound: (cells: MapCell[]) => Promise<RoundResult[]>, opts: SearchOptions): Promise<MapAnswer[]> {
  const byIndex = new Map(plan.cells.map((c) => [c.index, c]));
  const at = (i: number, j: number) => byIndex.get(j * plan.xs.length + i) as MapCell;
  const computed = new Map<number, MapAnswer>();
  const take = (results: RoundResult[]) => {
    for (const r of results) {
      const cell = byIndex.get(r.index) as MapCell;
      // A failed cell reads as stuck for the search's sake (its column is then computed whole below).
      computed.set(
        r.index,
        'error' in r ? { cell, outcome: 'stuck', inferred: false, error: r.error } : { cell, outcome: r.result.outcome, inferred: false, result: r.result },
      );
    }
  };
  if (!searchesMap(opts.yPath, opts.everyCell)) {
    take(await runRound(plan.cells));
    opts.onRound?.([...computed.values()], 1);
    return plan.cells.map((c) => computed.get(c.index) as MapAnswer);
  }
  const search = new BoundarySearch(plan.xs.length, plan.ys.length, opts.ascending);
  for (let round = 1; ; round++) {
    const asks = search.nextRound();
    if (asks.length === 0) break;
    const results = await runRound(asks.map((a) => at(a.i, a.j)));
    take(results);
    for (const r of results) {
      const cell = byIndex.get(r.index) as MapCell;
      // A cell that failed tells nothing about its neighbours: its column is computed whole.
      search.record(cell, 'error' in r ? 'failed' : r.result.outcome);
    }
    opts.onRound?.([...computed.values()], round);
  }
  return search.cells().map((s) => {
    const cell = at(s.i, s.j);
    return computed.get(cell.index) ?? { cell, outcome: s.outcome, inferred: true };
  });
}
