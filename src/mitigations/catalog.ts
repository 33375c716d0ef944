/**
 * Every fix from the postmortems as a switch: what it changes in the scenario, grouped where users
 * look for it. The lab's mitigation panel, the compare view, the tests and the docs/mitigations.md table all read
 * this one list, so a mitigation is defined once.
 */
import type { ParamsPatch } from '../sim/scenario';

export type MitigationGroup = 'client' | 'cache' | 'database' | 'gateway';

export interface Mitigation {
  id: string;
  group: MitigationGroup;
  label: string;
  /** One line: the mechanism, in the domain's words. */
  doc: string;
  /** The parameter changes that switch it on (applied live with a `set`). */
  on: ParamsPatch;
  /** Changes that switch it off again (the defaults). */
  off: ParamsPatch;
  /** Mechanisms that act only with a TTL, a deploy or overload errors say so here. */
  needs?: string;
}

export const MITIGATIONS: Mitigation[] = [
  {
    id: 'retry-budget',
    group: 'client',
    label: 'Retry budget',
    doc: 'Token bucket as in the AWS SDK standard mode: 500 tokens, a retry costs 5 (10 after a timeout), a success refunds 1.',
    on: { client: { retryBudget: 'on' } },
    off: { client: { retryBudget: 'off' } },
  },
  {
    id: 'circuit-breaker',
    group: 'client',
    label: 'Circuit breaker',
    doc: 'Opens when half of the database attempts in 10 s failed; fails fast for 5 s, then probes.',
    on: { client: { breaker: 'on' } },
    off: { client: { breaker: 'off' } },
  },
  {
    id: 'equal-jitter',
    group: 'client',
    label: 'Equal jitter',
    doc: 'Backoff v/2 + U(0, v/2) instead of full jitter.',
    on: { client: { backoff: 'equal-jitter' } },
    off: { client: { backoff: 'exponential-jitter' } },
  },
  {
    id: 'decorrelated-jitter',
    group: 'client',
    label: 'Decorrelated jitter',
    doc: 'Backoff min(cap, U(base, 3 × previous sleep)).',
    on: { client: { backoff: 'decorrelated-jitter' } },
    off: { client: { backoff: 'exponential-jitter' } },
  },
  {
    id: 'no-backoff',
    group: 'client',
    label: 'No backoff (worse)',
    doc: 'Retry at once: the contrast case for backoff.',
    on: { client: { backoff: 'none' } },
    off: { client: { backoff: 'exponential-jitter' } },
  },
  {
    id: 'retry-after',
    group: 'client',
    label: 'Honour retry-after',
    doc: 'After an overload error, wait at least its retry-after (1 s) before retrying.',
    on: { client: { honorRetryAfter: true } },
    off: { client: { honorRetryAfter: false } },
    needs: 'overload errors (shedding)',
  },
  {
    id: 'coalescing',
    group: 'cache',
    label: 'Request coalescing',
    doc: 'One database query per key in flight; other misses for the key wait for its answer.',
    on: { cache: { coalesce: true } },
    off: { cache: { coalesce: false } },
  },
  {
    id: 'stale-while-revalidate',
    group: 'cache',
    label: 'Stale-while-revalidate',
    doc: 'Serve an entry up to 30 s past its TTL while one background query refreshes it.',
    on: { cache: { staleMs: 30_000 } },
    off: { cache: { staleMs: 0 } },
    needs: 'a TTL',
  },
  {
    id: 'ttl-jitter',
    group: 'cache',
    label: 'TTL jitter',
    doc: 'Each entry lives TTL × (1 − 0.2·U), so entries filled together do not expire together.',
    on: { cache: { ttlJitter: 0.2 } },
    off: { cache: { ttlJitter: 0 } },
    needs: 'a TTL',
  },
  {
    id: 'xfetch',
    group: 'cache',
    label: 'Early refresh (XFetch)',
    doc: 'Refresh before expiry with probability rising as expiry nears (β = 1).',
    on: { cache: { xfetchBeta: 1 } },
    off: { cache: { xfetchBeta: 0 } },
    needs: 'a TTL',
  },
  {
    id: 'fill-late',
    group: 'cache',
    label: 'Fill from late answers',
    doc: 'Fill the cache from every answer, even when its caller already gave up.',
    on: { cache: { fillLate: true } },
    off: { cache: { fillLate: false } },
  },
  {
    id: 'warm-up',
    group: 'cache',
    label: 'Cache warm-up',
    doc: 'Prefill the hottest missing keys at 200 keys/s while the database is below 80% busy.',
    on: { cache: { warmupRps: 200 } },
    off: { cache: { warmupRps: 0 } },
  },
  {
    id: 'versioned-keys',
    group: 'cache',
    label: 'Versioned keys',
    doc: 'After a key-changing deploy, a miss on a new key reads the old version and copies it.',
    on: { cache: { versionedKeys: true } },
    off: { cache: { versionedKeys: false } },
    needs: 'a deploy',
  },
  {
    id: 'hit-rate-canary',
    group: 'cache',
    label: 'Hit-rate canary',
    doc: 'After a deploy, check the hit rate every 5 s for 5 minutes; below 70%, the deploy rolls itself back.',
    on: { cache: { canaryHitRate: 0.7, canaryWindowS: 300 } },
    off: { cache: { canaryHitRate: 0 } },
    needs: 'a deploy',
  },
  {
    id: 'deadline-propagation',
    group: 'database',
    label: 'Deadline propagation',
    doc: 'The database skips queued queries whose caller has given up.',
    on: { db: { deadlinePropagation: true } },
    off: { db: { deadlinePropagation: false } },
  },
  {
    id: 'lifo',
    group: 'database',
    label: 'LIFO queue',
    doc: 'Serve the newest query first: its caller is the likeliest to still wait.',
    on: { db: { queueOrder: 'lifo' } },
    off: { db: { queueOrder: 'fifo' } },
  },
  {
    id: 'adaptive-lifo',
    group: 'database',
    label: 'Adaptive LIFO',
    doc: 'FIFO normally; newest first once the oldest query has waited over 100 ms.',
    on: { db: { queueOrder: 'adaptive-lifo' } },
    off: { db: { queueOrder: 'fifo' } },
  },
  {
    id: 'short-queue',
    group: 'database',
    label: 'Short queue bound',
    doc: 'Bound the wait queue at 50 queries; a full queue rejects at once.',
    on: { db: { queueLimit: 50 } },
    off: { db: { queueLimit: 5000 } },
  },
  {
    id: 'queue-delay-shedding',
    group: 'gateway',
    label: 'Queue-delay shedding',
    doc: 'Refuse database work while the oldest waiting query has waited over 200 ms.',
    on: { shedding: { mode: 'queue-delay', maxQueueDelayMs: 200 } },
    off: { shedding: { mode: 'off' } },
  },
  {
    id: 'concurrency-limit',
    group: 'gateway',
    label: 'Concurrency limit',
    doc: 'Refuse database work while 64 queries are running or waiting.',
    on: { shedding: { mode: 'concurrency', maxInFlight: 64 } },
    off: { shedding: { mode: 'off' } },
  },
  {
    id: 'codel',
    group: 'gateway',
    label: 'CoDel shedding',
    doc: 'Target 5 ms, interval 100 ms: once even the minimum queueing delay stays above target, drop queries that waited longer than it.',
    on: { shedding: { mode: 'codel', codelTargetMs: 5, codelIntervalMs: 100 } },
    off: { shedding: { mode: 'off' } },
  },
];

export const MITIGATION_GROUPS: { id: MitigationGroup; label: string }[] = [
  { id: 'client', label: 'Client' },
  { id: 'cache', label: 'Cache' },
  { id: 'database', label: 'Database' },
  { id: 'gateway', label: 'Gateway' },
];

export function mitigationById(id: string): Mitigation | undefined {
  return MITIGATIONS.find((m) => m.id === id);
}
