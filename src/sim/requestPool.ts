/**
 * Requests in flight, as a struct of arrays indexed by slot, with a free list. A request is one
 * caller's operation: its first attempt and any retries. `generation` grows with every attempt and is
 * never reset when a slot is reused, so an event or database query that names an old generation is
 * recognisably stale.
 */
import { grown, grownFreeList } from './typedArrays';

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
  /** Request shape (drawn per request while a deploy splits keys by shape), 0 otherwise. */
  shape = new Uint8Array(0);
  /** Whether the request belongs to a closed-loop client. */
  fromClient = new Uint8Array(0);
  firstAtMs = new Float64Array(0);
  attemptAtMs = new Float64Array(0);
  /** Last backoff sleep, for decorrelated jitter. */
  lastSleepMs = new Float64Array(0);
  /**
   * With a stack of tiers: the tier the request's attempts go to (the tier count = the cache and
   * database), and the call that made it (−1: a user) with that call's generation.
   */
  target = new Uint8Array(0);
  owner = new Int32Array(0);
  ownerGen = new Int32Array(0);
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
    // Freed slots are users' requests to the top of the stack until a tier claims one.
    this.owner[slot] = -1;
    this.target[slot] = 0;
    this.free[this.freeCount++] = slot;
    this.live--;
  }

  private grow(cap: number): void {
    const old = this.key.length;
    this.key = grown(this.key, cap);
    this.attempts = grown(this.attempts, cap);
    this.generation = grown(this.generation, cap);
    this.state = grown(this.state, cap);
    this.fromClient = grown(this.fromClient, cap);
    this.shape = grown(this.shape, cap);
    this.firstAtMs = grown(this.firstAtMs, cap);
    this.attemptAtMs = grown(this.attemptAtMs, cap);
    this.lastSleepMs = grown(this.lastSleepMs, cap);
    this.target = grown(this.target, cap);
    this.owner = grown(this.owner, cap);
    this.owner.fill(-1, old);
    this.ownerGen = grown(this.ownerGen, cap);
    // New slots are handed out lowest first, which keeps runs easy to reason about.
    ({ free: this.free, count: this.freeCount } = grownFreeList(this.free, this.freeCount, old, cap));
  }
}
