/**
 * A circuit breaker on the database path. Closed: count outcomes in a rolling window (ten buckets);
 * when enough of them failed, open. Open: fail fast for breakerOpenMs. Half-open: let attempts
 * through as probes; breakerProbes successes close it, any failure opens it again.
 */
import type { ClientParams } from './scenario';

const CLOSED = 0;
const OPEN = 1;
const HALF_OPEN = 2;
const BUCKETS = 10;

export class CircuitBreaker {
  private state = CLOSED;
  private openUntilMs = 0;
  private probeSuccesses = 0;
  private readonly ok = new Float64Array(BUCKETS);
  private readonly failed = new Float64Array(BUCKETS);
  private bucketIndex = -1;

  /** 1 while open or probing. */
  get tripped(): boolean {
    return this.state !== CLOSED;
  }

  /** Whether an attempt may go to the database now. */
  allow(nowMs: number, client: ClientParams): boolean {
    if (client.breaker === 'off') return true;
    if (this.state === OPEN) {
      if (nowMs < this.openUntilMs) return false;
      this.state = HALF_OPEN;
      this.probeSuccesses = 0;
    }
    return true;
  }

  record(nowMs: number, success: boolean, client: ClientParams): void {
    if (client.breaker === 'off') return;
    if (this.state === HALF_OPEN) {
      if (!success) this.trip(nowMs, client);
      else if (++this.probeSuccesses >= client.breakerProbes) this.close();
      return;
    }
    if (this.state === OPEN) return; // outcomes of attempts sent before it opened
    this.rotate(nowMs, client.breakerWindowMs);
    const b = this.bucketIndex % BUCKETS;
    if (success) this.ok[b]++;
    else this.failed[b]++;
    let ok = 0;
    let failed = 0;
    for (let i = 0; i < BUCKETS; i++) {
      ok += this.ok[i];
      failed += this.failed[i];
    }
    if (ok + failed >= client.breakerMinRequests && failed / (ok + failed) >= client.breakerFailureRate) this.trip(nowMs, client);
  }

  private trip(nowMs: number, client: ClientParams): void {
    this.state = OPEN;
    this.openUntilMs = nowMs + client.breakerOpenMs;
  }

  private close(): void {
    this.state = CLOSED;
    this.ok.fill(0);
    this.failed.fill(0);
  }

  private rotate(nowMs: number, windowMs: number): void {
    const idx = Math.floor(nowMs / (windowMs / BUCKETS));
    if (idx === this.bucketIndex) return;
    const stale = Math.min(BUCKETS, idx - this.bucketIndex);
    for (let k = 1; k <= stale; k++) {
      const b = (this.bucketIndex + k) % BUCKETS;
      this.ok[b] = 0;
      this.failed[b] = 0;
    }
    this.bucketIndex = idx;
  }
}
