/**
 * Which cache key a logical key is stored under. A deploy that changes key behaviour (the 2019
 * incident) moves a share of the keys to a new namespace: their old entries linger, unreachable,
 * until LRU evicts them, and a rollback makes the survivors reachable again. A deploy may also make
 * keys finer ("so different request shapes don't collide"): a moved key is then stored under one of
 * several cache keys, one per request shape, so the same hot set needs several times the entries.
 * Namespaces and shapes are offsets of the key space, so cache keys stay dense integers: shape 0 of
 * namespace n lives n key spaces up (the layout before shapes existed), and shapes 1.. of namespace n
 * in a block of MAX_SHAPES − 1 key spaces of its own above all namespaces. Arrays grow only as far as
 * the scheme in force reaches, so a first deploy into S shapes costs (NAMESPACES + S − 1) key spaces.
 */
export const NAMESPACES = 4;
/** Most request shapes a deploy may split one logical key into (bounds the memory it may take). */
export const MAX_SHAPES = 16;

interface KeyScheme {
  namespace: number;
  fraction: number;
  shapes: number;
}

export class CacheKeys {
  /** 0: keys as before any deploy; 1..NAMESPACES-1: after successive deploys. */
  namespace = 0;
  /** Request shapes of the scheme in force (1 = one cache key per logical key). */
  shapes = 1;
  private fraction = 0;
  private previous: KeyScheme[] = [];

  constructor(public keys: number) {}

  /** Whether key k is among a deploy's changed share: a fixed hash, not a random draw. */
  private changed(k: number, fraction: number): boolean {
    let h = Math.imul(k ^ 0x5bd1e995, 0x9e3779b1);
    h ^= h >>> 15;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return (h >>> 0) / 4294967296 < fraction;
  }

  private offset(namespace: number, shape: number): number {
    if (shape === 0) return namespace * this.keys;
    return (NAMESPACES + (namespace - 1) * (MAX_SHAPES - 1) + shape - 1) * this.keys;
  }

  /** Cache key of logical key k for a request of the given shape (ignored where keys are not split). */
  cacheKey(k: number, shape = 0): number {
    if (this.namespace === 0 || !this.changed(k, this.fraction)) return k;
    return k + this.offset(this.namespace, shape < this.shapes ? shape : 0);
  }

  /** The key's cache key before the last deploy, or -1 when none differs (versioned keys read it). */
  previousCacheKey(k: number, shape = 0): number {
    const p = this.previous[this.previous.length - 1];
    if (p === undefined || this.namespace === 0 || !this.changed(k, this.fraction)) return -1;
    if (p.namespace === 0) return k;
    // Under an earlier deploy, the key was moved only if it was in that deploy's share.
    return this.changed(k, p.fraction) ? k + this.offset(p.namespace, shape < p.shapes ? shape : 0) : k;
  }

  /** Size of the cache key space the scheme in force can reach. */
  span(): number {
    return Math.max(this.offset(this.namespace, 0), this.offset(this.namespace, this.shapes - 1)) + this.keys;
  }

  deploy(fraction: number, shapes = 1): void {
    this.previous.push({ namespace: this.namespace, fraction: this.fraction, shapes: this.shapes });
    this.namespace = (this.namespace % (NAMESPACES - 1)) + 1;
    this.fraction = fraction;
    this.shapes = shapes;
  }

  rollback(): void {
    const p = this.previous.pop() ?? { namespace: 0, fraction: 0, shapes: 1 };
    this.namespace = p.namespace;
    this.fraction = p.fraction;
    this.shapes = p.shapes;
  }
}
