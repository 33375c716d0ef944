/**
 * Callers that joined a query already in flight for their key (request coalescing), as linked nodes
 * in typed arrays. A node records the request and the attempt generation that joined, so a caller
 * that has since timed out or moved on is recognised when the answer comes.
 */
import { grown, grownFreeList } from './typedArrays';

export const NO_WAITER = -1;

export class WaiterPool {
  request = new Int32Array(256);
  generation = new Int32Array(256);
  next = new Int32Array(256);
  private free = new Int32Array(256);
  private freeCount = 256;
  /** Nodes in use. */
  live = 0;

  constructor() {
    for (let i = 0; i < 256; i++) this.free[i] = 255 - i;
  }

  /** A node for (request, generation) in front of `next`. */
  alloc(request: number, generation: number, next: number): number {
    if (this.freeCount === 0) this.grow();
    this.live++;
    const w = this.free[--this.freeCount];
    this.request[w] = request;
    this.generation[w] = generation;
    this.next[w] = next;
    return w;
  }

  release(w: number): void {
    this.free[this.freeCount++] = w;
    this.live--;
  }

  private grow(): void {
    const old = this.request.length;
    const cap = old * 2;
    this.request = grown(this.request, cap);
    this.generation = grown(this.generation, cap);
    this.next = grown(this.next, cap);
    ({ free: this.free, count: this.freeCount } = grownFreeList(this.free, this.freeCount, old, cap));
  }
}
