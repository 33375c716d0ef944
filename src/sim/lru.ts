/**
 * An LRU cache over integer keys 0..n-1, as an intrusive doubly linked list in typed arrays: no
 * hashing and no allocation per operation. Only presence matters to the model, so no values are kept.
 * Each entry carries its expiry (set at fill, as memcached and Redis do; checked lazily at lookup) and
 * how long the query that filled it took (XFetch's δ).
 */
const ABSENT = -2;
const NONE = -1;

/** Lookup outcomes. */
export const MISS = 0;
export const FRESH = 1;
/** Expired, but within the stale-while-revalidate window. */
export const STALE = 2;

export class LruCache {
  private prev: Int32Array;
  private next: Int32Array;
  private expires: Float64Array;
  private delta: Float64Array;
  private head = NONE; // most recently used
  private tail = NONE; // least recently used
  private count = 0;
  private cap: number;

  constructor(keys: number, capacity: number) {
    this.prev = new Int32Array(keys).fill(ABSENT);
    this.next = new Int32Array(keys).fill(NONE);
    this.expires = new Float64Array(keys);
    this.delta = new Float64Array(keys);
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

  /**
   * A hit moves the key to the front. An expired entry is STALE while within `staleMs` past its
   * expiry (it stays, to be served while a refresh runs), and beyond that is dropped: a MISS.
   */
  lookup(key: number, nowMs: number, staleMs: number): number {
    if (!this.has(key)) return MISS;
    let outcome = FRESH;
    if (nowMs >= this.expires[key]) {
      if (nowMs >= this.expires[key] + staleMs) {
        this.remove(key);
        return MISS;
      }
      outcome = STALE;
    }
    if (this.head !== key) {
      this.unlink(key);
      this.pushFront(key);
    }
    return outcome;
  }

  expiresAt(key: number): number {
    return this.expires[key];
  }

  /** How long the query that filled the key took, ms. */
  fillCostMs(key: number): number {
    return this.delta[key];
  }

  /**
   * Fills the key (or refreshes it) to expire at `expiresAtMs` (Infinity: never), evicting from the
   * tail beyond capacity. Returns true if it was absent.
   */
  insert(key: number, expiresAtMs: number, fillCostMs = 0): boolean {
    if (this.cap === 0) return false;
    if (key >= this.prev.length) this.growKeys(key + 1);
    const wasAbsent = this.prev[key] === ABSENT;
    if (wasAbsent) this.count++;
    else this.unlink(key);
    this.pushFront(key);
    this.expires[key] = expiresAtMs;
    this.delta[key] = fillCostMs;
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

  /** Removes every entry whose key `drop` selects (a lost cache node's share); returns how many. */
  removeIf(drop: (key: number) => boolean): number {
    let removed = 0;
    let k = this.head;
    while (k !== NONE) {
      const n = this.next[k];
      if (drop(k)) {
        this.remove(k);
        removed++;
      }
      k = n;
    }
    return removed;
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
    const expires = new Float64Array(keys);
    expires.set(this.expires);
    const delta = new Float64Array(keys);
    delta.set(this.delta);
    this.prev = prev;
    this.next = next;
    this.expires = expires;
    this.delta = delta;
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
