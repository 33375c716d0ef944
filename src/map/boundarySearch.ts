/**
 * A trigger map found by search instead of a full sweep. At a given load, a bigger trigger never
 * helps (monotonic.ts): along the trigger axis the cells read recovered… recovered, stuck… stuck.
 * So each load's boundary can be found by bisection, as the OSDI '22 artifacts find the smallest
 * trigger that tips a system at each load, and the cells on either side of it inferred.
 *
 * Rounds: the first asks both ends of every load's column (a coarse outline of the whole map: a
 * column that recovers at its biggest trigger recovers everywhere, one stuck at its smallest is
 * stuck everywhere); each later round asks the middle of every column's open interval.
 *
 * Never healthy is decided before the first trigger (judge.ts), and a trigger-size axis changes
 * nothing before it: every cell of a load runs the same simulation up to that moment (same seed,
 * same load, the trigger not yet fired), so one never-healthy cell makes its whole column never
 * healthy. A column that breaks the assumptions (never healthy next to another outcome, a recovered
 * cell above a stuck one, a cell that failed) is computed whole: nothing in it is inferred.
 *
 * Pure bookkeeping: which cells to run next, and what the map reads once every column is settled.
 */
import type { Outcome } from './judge';

/**
 * Axes along which a bigger value is a bigger trigger: how many of the hottest keys a flush drops,
 * how long an outage or a slowdown lasts, how much a spike or a slowdown multiplies. Only these are
 * searched; any other y axis (a parameter, the seed) is swept cell by cell.
 */
const TRIGGER_SIZE_PATH = /^events\[\d+\]\.(hottest|forS|factor)$/;

export const isTriggerSizeAxis = (path: string): boolean => TRIGGER_SIZE_PATH.test(path);

export interface GridCell {
  /** Load index (x). */
  i: number;
  /** Trigger index (y). */
  j: number;
}

export interface SettledCell extends GridCell {
  outcome: Outcome;
  /** True when the outcome was inferred from the boundary, not computed. */
  inferred: boolean;
}

interface Column {
  /** Positions along the trigger axis from the smallest trigger: k = 0 … n−1. */
  known: Map<number, Outcome>;
  /** Largest k known to recover (−1: none). */
  lo: number;
  /** Smallest k known to get stuck (n: none). */
  hi: number;
  /** A cell of the column was never healthy (so, by the argument above, all of them are). */
  never: boolean;
  /** The column did not behave as assumed: every cell of it is computed. */
  whole: boolean;
}

export class BoundarySearch {
  private readonly columns: Column[];
  private round = 0;

  /**
   * `ascending`: the trigger grows with j (the axis runs from a smaller to a bigger value); false
   * when the axis runs downwards, so the search walks it from the other end.
   */
  constructor(
    readonly xSteps: number,
    readonly ySteps: number,
    private readonly ascending = true,
  ) {
    this.columns = Array.from({ length: xSteps }, () => ({ known: new Map<number, Outcome>(), lo: -1, hi: ySteps, never: false, whole: false }));
  }

  private jOf = (k: number): number => (this.ascending ? k : this.ySteps - 1 - k);
  private kOf = (j: number): number => (this.ascending ? j : this.ySteps - 1 - j);

  /** The cells to compute in the next round (empty once the map is settled). The first round is the outline. */
  nextRound(): GridCell[] {
    const out: GridCell[] = [];
    const first = this.round++ === 0;
    this.columns.forEach((c, i) => {
      const ask = (k: number) => {
        if (!c.known.has(k)) out.push({ i, j: this.jOf(k) });
      };
      if (c.whole) {
        for (let k = 0; k < this.ySteps; k++) ask(k);
      } else if (first) {
        ask(0);
        if (this.ySteps > 1) ask(this.ySteps - 1);
      } else if (!c.never && c.hi - c.lo > 1) {
        ask((c.lo + c.hi) >> 1);
      }
    });
    return out;
  }

  /** Records a computed cell's outcome; 'failed' (no outcome) makes its column computed whole. */
  record(cell: GridCell, outcome: Outcome | 'failed'): void {
    const c = this.columns[cell.i];
    const k = this.kOf(cell.j);
    // A failed cell counts as known, so it is not asked again; its row reads as the caller reports it.
    c.known.set(k, outcome === 'failed' ? 'stuck' : outcome);
    if (outcome === 'failed') c.whole = true;
    else if (outcome === 'never-healthy') c.never = true;
    else if (outcome === 'recovered') c.lo = Math.max(c.lo, k);
    else c.hi = Math.min(c.hi, k);
    // Never healthy next to a cell that was healthy before its trigger, or a recovered cell at or
    // above a stuck one: the column does not behave as assumed, so infer nothing in it.
    if ((c.never && (c.lo >= 0 || c.hi < this.ySteps)) || c.lo > c.hi) c.whole = true;
  }

  /** True once every cell's outcome is computed or implied by its column's boundary. */
  settled(): boolean {
    return this.columns.every((c) => (c.whole ? c.known.size === this.ySteps : c.never || c.hi - c.lo <= 1));
  }

  /** Every cell of the map, computed or inferred; call once settled(). Row-major order (j, then i). */
  cells(): SettledCell[] {
    if (!this.settled()) throw new Error('the search has not settled every column yet');
    const out: SettledCell[] = [];
    for (let j = 0; j < this.ySteps; j++) {
      for (let i = 0; i < this.xSteps; i++) {
        const c = this.columns[i];
        const k = this.kOf(j);
        const computed = c.known.get(k);
        if (computed !== undefined) out.push({ i, j, outcome: computed, inferred: false });
        else out.push({ i, j, outcome: c.never ? 'never-healthy' : k <= c.lo ? 'recovered' : 'stuck', inferred: true });
      }
    }
    return out;
  }
}
