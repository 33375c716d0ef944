/**
 * Requests in flight, as a struct of arrays indexed by slot, with a free list. A request is one
 * caller's operation: its first attempt and any retries. `generation` grows with every attempt and is
 * never reset when a slot is reused, so an event or database query that names an old generation is
 * recognisably stale.
 */
export const REQ_FREE = 0;
/** Waiting for the database's answer (or for the timeout). */
export const REQ_WAITING = 1;
/** Between attempts: sleeping off a backoff. */
export const REQ_BACKOFF = 2;

export class RequestPool {
  key = new Int32Array(0);
  /** Attempts made so far (1 = only the first). */
  attempts = new Int32Array(0);
  generation = new Int32Array(0);
  state = new Uint8Array(0);
  /** Whether the request belongs to a closed-loop client. */
  fromClient = new Uint8Array(0);
  firstAtMs = new Float64Array(0);
  attemptAtMs = new Float64Array(0);
  /** Last backoff sleep, for decorrelated jitter. */
  lastSleepMs = new Float64Array(0);
  private free = new Int32Array(0);
  private freeCount = 0;
  /** Requests in flight. */
  live = 0;

  constructor(initial = 4096) {
    this.grow(initial);
  }

  alloc(): number {
    if (this.freeCount === 0) this.grow(this.key.length * 2);
    this.live++;
    return this.free[--this.freeCount];
  }

  release(slot: number): void {
    this.state[slot] = REQ_FREE;
    this.free[this.freeCount++] = slot;
    this.live--;
  }

  private grow(cap: number): void {
    const old = this.key.length;
    this.key = extend(this.key, new Int32Array(cap));
    this.attempts = extend(this.attempts, new Int32Array(cap));
    this.generation = extend(this.generation, new Int32Array(cap));
    this.state = extend(this.state, new Uint8Array(cap));
    this.fromClient = extend(this.fromClient, new Uint8Array(cap));
    this.firstAtMs = extend(this.firstAtMs, new Float64Array(cap));
    this.attemptAtMs = extend(this.attemptAtMs, new Float64Array(cap));
    this.lastSleepMs = extend(this.lastSleepMs, new Float64Array(cap));
    const free = new Int32Array(cap);
    free.set(this.free.subarray(0, this.freeCount));
    // New slots are handed out lowest first, which keeps runs easy to reason about.
    for (let s = cap - 1; s >= old; s--) free[this.freeCount++] = s;
    this.free = free;
  }
}

function extend<T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T {
  (to as Int32Array).set(from as Int32Array);
  return to;
}
