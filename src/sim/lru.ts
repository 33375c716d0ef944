/**
 * An LRU cache over integer keys 0..n-1, as an intrusive doubly linked list in typed arrays: no
 * hashing and no allocation per operation. Only presence matters to the model, so no values are kept;
 * the fill time of each entry supports TTL expiry (checked lazily, at lookup).
 */
const ABSENT = -2;
const NONE = -1;

export class LruCache {
  private prev: Int32Array;
  private next: Int32Array;
  private filledAt: Float64Array;
  private head = NONE; // most recently used
  private tail = NONE; // least recently used
  private count = 0;
  private cap: number;

  constructor(keys: number, capacity: number) {
    this.prev = new Int32Array(keys).fill(ABSENT);
    this.next = new Int32Array(keys).fill(NONE);
    this.filledAt = new Float64Array(keys);
    this.cap = capacity;
  }

  get size(): number {
    return this.count;
  }

  get capacity(): number {
    return this.cap;
  }

  has(key: number): boolean {
    return key < this.prev.length && this.prev[key] !== ABSENT;
  }

  /** A hit moves the key to the front; an expired entry is dropped and counts as a miss. */
  lookup(key: number, nowMs: number, ttlMs: number): boolean {
    if (!this.has(key)) return false;
    if (ttlMs > 0 && nowMs - this.filledAt[key] >= ttlMs) {
      this.remove(key);
      return false;
    }
    this.unlink(key);
    this.pushFront(key);
    return true;
  }

  /** Fills the key (or refreshes it), evicting from the tail beyond capacity. Returns true if it was absent. */
  insert(key: number, nowMs: number): boolean {
    if (this.cap === 0) return false;
    if (key >= this.prev.length) this.growKeys(key + 1);
    const wasAbsent = this.prev[key] === ABSENT;
    if (wasAbsent) this.count++;
    else this.unlink(key);
    this.pushFront(key);
    this.filledAt[key] = nowMs;
    while (this.count > this.cap) this.remove(this.tail);
    return wasAbsent;
  }

  remove(key: number): void {
    if (!this.has(key)) return;
    this.unlink(key);
    this.prev[key] = ABSENT;
    this.count--;
  }

  setCapacity(capacity: number): void {
    this.cap = capacity;
    while (this.count > this.cap) this.remove(this.tail);
  }

  clear(): void {
    let k = this.head;
    while (k !== NONE) {
      const n = this.next[k];
      this.prev[k] = ABSENT;
      this.next[k] = NONE;
      k = n;
    }
    this.head = this.tail = NONE;
    this.count = 0;
  }

  /** Makes room for a larger key space (a parameter change); existing entries keep their order. */
  growKeys(keys: number): void {
    if (keys <= this.prev.length) return;
    const prev = new Int32Array(keys).fill(ABSENT);
    prev.set(this.prev);
    const next = new Int32Array(keys).fill(NONE);
    next.set(this.next);
    const filledAt = new Float64Array(keys);
    filledAt.set(this.filledAt);
    this.prev = prev;
    this.next = next;
    this.filledAt = filledAt;
  }

  private unlink(key: number): void {
    const p = this.prev[key];
    const n = this.next[key];
    if (p === NONE) this.head = n;
    else this.next[p] = n;
    if (n === NONE) this.tail = p;
    else this.prev[n] = p;
  }

  private pushFront(key: number): void {
    this.prev[key] = NONE;
    this.next[key] = this.head;
    if (this.head !== NONE) this.prev[this.head] = key;
    this.head = key;
    if (this.tail === NONE) this.tail = key;
  }
}
