/**
 * The event queue: a 4-ary min-heap ordered by (time, sequence number). The heap itself holds only a
 * time and a slot index per entry, so sifting moves two numbers per level; each event's kind, two
 * integer arguments and sequence number sit in a slot store with a free list. The sequence number
 * breaks ties in insertion order, which keeps runs deterministic. Stale events (a retry whose request
 * already finished) are not removed but recognised and skipped by their generation argument.
 */
import { grown, grownFreeList } from './typedArrays';

export class EventHeap {
  private heapTime: Float64Array;
  private heapSlot: Int32Array;
  private seq: Float64Array;
  private kind: Uint8Array;
  private argA: Int32Array;
  private argB: Int32Array;
  private freeSlots: Int32Array;
  private freeCount: number;
  private n = 0;
  private nextSeq = 0;

  /** Fields of the last popped event (read right after pop()). */
  popTime = 0;
  popKind = 0;
  popA = 0;
  popB = 0;

  constructor(initialCapacity = 1024) {
    this.heapTime = new Float64Array(initialCapacity);
    this.heapSlot = new Int32Array(initialCapacity);
    this.seq = new Float64Array(initialCapacity);
    this.kind = new Uint8Array(initialCapacity);
    this.argA = new Int32Array(initialCapacity);
    this.argB = new Int32Array(initialCapacity);
    this.freeSlots = new Int32Array(initialCapacity);
    this.freeCount = initialCapacity;
    for (let i = 0; i < initialCapacity; i++) this.freeSlots[i] = initialCapacity - 1 - i;
  }

  get size(): number {
    return this.n;
  }

  /** Hands out the next sequence number (for event stores outside the heap that share its order). */
  takeSeq(): number {
    return this.nextSeq++;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.n > 0 ? this.heapTime[0] : Infinity;
  }

  /** Sequence number of the earliest event; Infinity when empty. */
  peekSeq(): number {
    return this.n > 0 ? this.seq[this.heapSlot[0]] : Infinity;
  }

  push(t: number, kind: number, a: number, b: number): void {
    if (this.freeCount === 0) this.grow();
    const slot = this.freeSlots[--this.freeCount];
    const s = this.nextSeq++;
    this.seq[slot] = s;
    this.kind[slot] = kind;
    this.argA[slot] = a;
    this.argB[slot] = b;
    const time = this.heapTime;
    const slots = this.heapSlot;
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const tp = time[p];
      // Equal times: the earlier sequence number (the parent, pushed before) stays on top.
      if (tp <= t) break;
      time[i] = tp;
      slots[i] = slots[p];
      i = p;
    }
    time[i] = t;
    slots[i] = slot;
  }

  /** Removes the earliest event into popTime/popKind/popA/popB. The heap must not be empty. */
  pop(): void {
    const time = this.heapTime;
    const slots = this.heapSlot;
    const top = slots[0];
    this.popTime = time[0];
    this.popKind = this.kind[top];
    this.popA = this.argA[top];
    this.popB = this.argB[top];
    this.freeSlots[this.freeCount++] = top;
    const last = --this.n;
    if (last === 0) return;
    const t = time[last];
    const slot = slots[last];
    const s = this.seq[slot];
    const seq = this.seq;
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= last) break;
      let c = first;
      let tc = time[first];
      const end = first + 4 < last ? first + 4 : last;
      for (let k = first + 1; k < end; k++) {
        const tk = time[k];
        if (tk < tc || (tk === tc && seq[slots[k]] < seq[slots[c]])) {
          c = k;
          tc = tk;
        }
      }
      if (t < tc || (t === tc && s < seq[slots[c]])) break;
      time[i] = tc;
      slots[i] = slots[c];
      i = c;
    }
    time[i] = t;
    slots[i] = slot;
  }

  private grow(): void {
    const old = this.seq.length;
    const cap = old * 2;
    this.heapTime = grown(this.heapTime, cap);
    this.heapSlot = grown(this.heapSlot, cap);
    this.seq = grown(this.seq, cap);
    this.kind = grown(this.kind, cap);
    this.argA = grown(this.argA, cap);
    this.argB = grown(this.argB, cap);
    ({ free: this.freeSlots, count: this.freeCount } = grownFreeList(this.freeSlots, this.freeCount, old, cap));
  }
}
