/**
 * Every waiting attempt's deadline, in FIFO lanes (./timeoutLanes) rather than the heap: deadlines of
 * one duration expire in the order they were set. A deadline is not withdrawn when its attempt is
 * answered; it is skipped when it fires, and past a cap the lanes are swept of those nobody waits for.
 */
import type { EngineContext } from './engineContext';
import { MAX_PENDING_TIMEOUTS } from './limits';
import { TimeoutLanes } from './timeoutLanes';

export class AttemptTimeouts {
  /** Read by the event loop, which merges them with the heap by (time, sequence). */
  readonly lanes = new TimeoutLanes();
  private readonly ctx: EngineContext;
  /** Deadlines held before the next sweep of those nobody waits for (see MAX_PENDING_TIMEOUTS). */
  private sweepAt = MAX_PENDING_TIMEOUTS;
  private readonly stillWaits: (request: number, generation: number) => boolean;

  constructor(ctx: EngineContext) {
    this.ctx = ctx;
    this.stillWaits = (request, generation) => ctx.isWaiting(request, generation);
  }

  /** Starts an attempt's timeout; past the cap, first sweeps out deadlines nobody waits for. */
  push(durationMs: number, request: number, generation: number): void {
    const lanes = this.lanes;
    if (lanes.size >= this.sweepAt) {
      lanes.compact(this.stillWaits);
      // Sweeps stay rare even if most deadlines are still wanted: the next waits for twice as many.
      this.sweepAt = Math.max(MAX_PENDING_TIMEOUTS, 2 * lanes.size);
    }
    lanes.push(this.ctx.nowMs, durationMs, this.ctx.heap.takeSeq(), request, generation);
  }
}
