/**
 * CoDel applied to a request queue (RFC 8289's idea, as Facebook used it for RPC queues): watch the
 * minimum queueing delay over each interval. If even the minimum stayed above target, the queue is
 * standing, not a burst: until it drains, queries that waited longer than target are dropped at
 * dequeue (answered with an overload error); otherwise only those that waited a whole interval.
 */
import type { SheddingParams } from './scenario';

export class CodelMonitor {
  private windowEndMs = 0;
  private windowMin = Infinity;
  /** Whether the last full interval's minimum delay exceeded the target. */
  overloaded = false;

  /** Called for every query leaving the queue; returns true when it must be dropped. */
  shouldDrop(nowMs: number, sojournMs: number, s: SheddingParams): boolean {
    if (nowMs >= this.windowEndMs) {
      this.overloaded = this.windowMin !== Infinity && this.windowMin > s.codelTargetMs;
      this.windowMin = Infinity;
      this.windowEndMs = nowMs + s.codelIntervalMs;
    }
    if (sojournMs < this.windowMin) this.windowMin = sojournMs;
    return sojournMs > (this.overloaded ? s.codelTargetMs : s.codelIntervalMs);
  }

  /** An empty queue ends a standing queue. */
  onEmpty(): void {
    this.overloaded = false;
  }
}
