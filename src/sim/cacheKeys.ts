/**
 * Which cache key a logical key is stored under. A deploy that changes key behaviour (the 2019
 * incident) moves a share of the keys to a new namespace: their old entries linger, unreachable,
 * until LRU evicts them, and a rollback makes the survivors reachable again. Namespaces are offsets
 * of the key space, so cache keys stay dense integers.
 */
export const NAMESPACES = 4;

export class CacheKeys {
  /** 0: keys as before any deploy; 1..NAMESPACES-1: after successive deploys. */
  namespace = 0;
  private fraction = 0;
  private previous: { namespace: number; fraction: number }[] = [];

  constructor(public keys: number) {}

  /** Whether key k is among a deploy's changed share: a fixed hash, not a random draw. */
  private changed(k: number, fraction: number): boolean {
    let h = Math.imul(k ^ 0x5bd1e995, 0x9e3779b1);
    h ^= h >>> 15;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return (h >>> 0) / 4294967296 < fraction;
  }

  cacheKey(k: number): number {
    if (this.namespace === 0 || !this.changed(k, this.fraction)) return k;
    return k + this.namespace * this.keys;
  }

  /** The key's cache key before the last deploy, or -1 when none differs (versioned keys read it). */
  previousCacheKey(k: number): number {
    const p = this.previous[this.previous.length - 1];
    if (p === undefined || this.namespace === 0 || !this.changed(k, this.fraction)) return -1;
    if (p.namespace === 0) return k;
    // Under an earlier deploy, the key was moved only if it was in that deploy's share.
    return this.changed(k, p.fraction) ? k + p.namespace * this.keys : k;
  }

  deploy(fraction: number): void {
    this.previous.push({ namespace: this.namespace, fraction: this.fraction });
    this.namespace = (this.namespace % (NAMESPACES - 1)) + 1;
    this.fraction = fraction;
  }

  rollback(): void {
    const p = this.previous.pop() ?? { namespace: 0, fraction: 0 };
    this.namespace = p.namespace;
    this.fraction = p.fraction;
  }
}
