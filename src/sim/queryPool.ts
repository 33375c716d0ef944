/**
 * Database queries, in a struct of arrays with a free list, and the database's wait queue as a ring
 * of query ids. A query remembers which request and attempt generation sent it: the database does
 * not know whether that caller still waits.
 */
import { grown, grownFreeList } from './typedArrays';

export class QueryPool {
  /** The caller that sent it; -1 for a background query (refresh, warm-up) that nobody waits for. */
  request = new Int32Array(0);
  generation = new Int32Array(0);
  key = new Int32Array(0);
  /** Cache key the answer fills, fixed when the query is sent. */
  cacheKey = new Int32Array(0);
  /** First coalesced waiter (WaiterPool node), or -1. */
  waiters = new Int32Array(0);
  enqueuedAtMs = new Float64Array(0);
  private free = new Int32Array(0);
  private freeCount = 0;

  constructor(initial = 1024) {
    this.grow(initial);
  }

  alloc(request: number, generation: number, key: number, cacheKey: number, nowMs: number): number {
    if (this.freeCount === 0) this.grow(this.request.length * 2);
    const q = this.free[--this.freeCount];
    this.request[q] = request;
    this.generation[q] = generation;
    this.key[q] = key;
    this.cacheKey[q] = cacheKey;
    this.waiters[q] = -1;
    this.enqueuedAtMs[q] = nowMs;
    return q;
  }

  release(q: number): void {
    this.free[this.freeCount++] = q;
  }

  private grow(cap: number): void {
    const old = this.request.length;
    this.request = grown(this.request, cap);
    this.generation = grown(this.generation, cap);
    this.key = grown(this.key, cap);
    this.cacheKey = grown(this.cacheKey, cap);
    this.waiters = grown(this.waiters, cap);
    this.enqueuedAtMs = grown(this.enqueuedAtMs, cap);
    ({ free: this.free, count: this.freeCount } = grownFreeList(this.free, this.freeCount, old, cap));
  }
}

/** A growable ring buffer of query ids: FIFO at the front, and the newest at the back. */
export class QueryQueue {
  private buf = new Int32Array(1024);
  private head = 0;
  length = 0;

  push(q: number): void {
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) & (this.buf.length - 1)] = q;
    this.length++;
  }

  /** The oldest waiting query (the queue must not be empty). */
  peekOldest(): number {
    return this.buf[this.head];
  }

  shiftOldest(): number {
    const q = this.buf[this.head];
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    return q;
  }

  popNewest(): number {
    this.length--;
    return this.buf[(this.head + this.length) & (this.buf.length - 1)];
  }

  private grow(): void {
    const next = new Int32Array(this.buf.length * 2);
    for (let i = 0; i < this.length; i++) next[i] = this.buf[(this.head + i) & (this.buf.length - 1)];
    this.buf = next;
    this.head = 0;
  }
}
