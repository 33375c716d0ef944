/**
 * Real-time pacing: at N×, simulated time may run N ms per wall-clock ms since the last anchor (play,
 * speed change, or a debt dropped), never beyond the end of the run. Max speed has no target but the end.
 */
import type { Speed } from './protocol';

/** Pacing tick when ahead of real time, ms. */
export const PACE_MS = 16;

export class Pacer {
  private wallMs = 0;
  private simMs = 0;

  /** Measures simulated time from here, so a pause or a speed change causes no jump. */
  anchor(wallMs: number, simMs: number): void {
    this.wallMs = wallMs;
    this.simMs = simMs;
  }

  /** Simulated ms to reach by wall-clock time `wallMs`. */
  target(speed: Speed, wallMs: number, simNowMs: number, endMs: number): number {
    if (speed === 'max') return endMs;
    const due = this.simMs + (wallMs - this.wallMs) * speed;
    // Far behind real time (slow machine, hidden tab): drop the debt rather than sprint forever.
    if (due - simNowMs > speed * 1000) {
      this.anchor(wallMs, simNowMs);
      return Math.min(endMs, simNowMs + speed * PACE_MS);
    }
    return Math.min(endMs, due);
  }
}
