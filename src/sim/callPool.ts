/**
 * Calls in the tiers of the stack, as a struct of arrays with a free list. A call is one attempt
 * arriving at a tier: it waits in an instance's queue, does the tier's own work in a slot, then holds
 * that slot while its own request to the tier below runs (retries included). `generation` grows with
 * every use of a slot, so an answer meant for an older call is recognised and dropped.
 */
import { grown, grownFreeList } from './typedArrays';

export const NO_CALL = -1;
export const CALL_QUEUED = 1;
export const CALL_WORKING = 2;
/** Waiting for the tier below (service tiers), or for a fill (cache tiers). */
export const CALL_DOWNSTREAM = 3;
/** Waiting for the tier below without a slot (a service tier with holdSlot off). */
export const CALL_FORWARDED = 4;

export class CallPool {
  tier = new Uint8Array(0);
  instance = new Int32Array(0);
  /** The request whose attempt this call serves (−1: a cache's background refresh). */
  request = new Int32Array(0);
  /** That request's attempt generation when the call arrived. */
  requestGen = new Int32Array(0);
  generation = new Int32Array(0);
  state = new Uint8Array(0);
  key = new Int32Array(0);
  shape = new Uint8Array(0);
  arrivedMs = new Float64Array(0);
  /** Next call in the instance's queue, or in a cache fill's list of joined misses. */
  next = new Int32Array(0);
  /** A cache fill's first joined miss (single-flight), or NO_CALL. */
  joined = new Int32Array(0);
  private free = new Int32Array(0);
  private freeCount = 0;
  live = 0;

  constructor(initial = 1024) {
    this.grow(initial);
  }

  alloc(tier: number, instance: number, request: number, requestGen: number, key: number, shape: number, nowMs: number): number {
    if (this.freeCount === 0) this.grow(this.tier.length * 2);
    const c = this.free[--this.freeCount];
    this.live++;
    this.tier[c] = tier;
    this.instance[c] = instance;
    this.request[c] = request;
    this.requestGen[c] = requestGen;
    this.generation[c]++;
    this.key[c] = key;
    this.shape[c] = shape;
    this.arrivedMs[c] = nowMs;
    this.next[c] = NO_CALL;
    this.joined[c] = NO_CALL;
    return c;
  }

  release(c: number): void {
    this.state[c] = 0;
    this.generation[c]++;
    this.free[this.freeCount++] = c;
    this.live--;
  }

  private grow(cap: number): void {
    const old = this.tier.length;
    this.tier = grown(this.tier, cap);
    this.instance = grown(this.instance, cap);
    this.request = grown(this.request, cap);
    this.requestGen = grown(this.requestGen, cap);
    this.generation = grown(this.generation, cap);
    this.state = grown(this.state, cap);
    this.key = grown(this.key, cap);
    this.shape = grown(this.shape, cap);
    this.arrivedMs = grown(this.arrivedMs, cap);
    this.next = grown(this.next, cap);
    this.joined = grown(this.joined, cap);
    ({ free: this.free, count: this.freeCount } = grownFreeList(this.free, this.freeCount, old, cap));
  }
}
