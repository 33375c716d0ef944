/**
 * The results of one sweep, by job id, filled as workers finish. Jobs finish faster than React
 * renders, so views keep results here and painters read them, rather than going through state;
 * one instance per plan, so a new plan never shows the last plan's cells.
 */
export class SweepResults<T> {
  private readonly byId: (T | null)[];

  constructor(count: number) {
    this.byId = new Array<T | null>(count).fill(null);
  }

  /** Records job `id`'s result. */
  set(id: number, result: T): void {
    this.byId[id] = result;
  }

  /** Every job's result so far, null where the job has not finished. */
  get current(): (T | null)[] {
    return this.byId;
  }
}
