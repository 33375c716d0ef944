/** The worker's own speed counters for one run: events, time inside advance(), wall time playing. */
import type { WorkerStats } from './protocol';

export class Throughput {
  events = 0;
  /** Wall-clock ms spent inside advance(). */
  busyMs = 0;
  private wallStart = -1;
  private wallEnd = -1;

  reset(): void {
    this.events = 0;
    this.busyMs = 0;
    this.wallStart = -1;
    this.wallEnd = -1;
  }

  /** The first play of the run starts the wall clock. */
  started(wallMs: number): void {
    if (this.wallStart < 0) this.wallStart = wallMs;
  }

  finished(wallMs: number): void {
    this.wallEnd = wallMs;
  }

  stats(nowWallMs: number, simNowMs: number, done: boolean): WorkerStats {
    const end = this.wallEnd >= 0 ? this.wallEnd : nowWallMs;
    return { events: this.events, busyMs: this.busyMs, wallMs: this.wallStart >= 0 ? end - this.wallStart : 0, nowMs: simNowMs, done };
  }
}
