/**
 * The request path as tiers (document version 2): between the clients and today's look-aside cache
 * and database, an ordered list of service tiers and edge-cache tiers. An empty list is today's
 * path exactly. Fields, defaults and ranges as data, like ./schema, so one table serves the parser,
 * error messages and (later) sliders.
 */
import { BACKOFFS, type FieldSpec } from './schema';

export const TIER_KINDS = ['service', 'cache'] as const;
export const SERVICE_DISTS = ['exponential', 'lognormal', 'constant'] as const;
export const BALANCERS = ['round-robin', 'random', 'least-connections'] as const;
/** Tier names become CSV column prefixes (`app_util`), so they are short identifiers. */
export const TIER_NAME = /^[a-z][a-z0-9]{0,15}$/;
export const MAX_TIERS = 8;
export const MAX_INSTANCES = 1000;

export const SERVICE_TIER_FIELDS = {
  instances: { kind: 'int', min: 1, max: MAX_INSTANCES, default: 4, doc: "instances behind the tier's load balancer" },
  slots: {
    kind: 'int',
    min: 1,
    max: 10_000,
    default: 16,
    doc: 'concurrent calls one instance serves (threads, connections); a call holds its slot while it waits on the tier below',
  },
  queueLimit: {
    kind: 'int',
    min: 0,
    max: 1_000_000,
    default: 100,
    unit: 'calls',
    doc: 'calls one instance queues when every slot is taken; beyond it calls are rejected at once',
  },
  serviceDist: { kind: 'enum', values: SERVICE_DISTS, default: 'exponential', doc: "distribution of the tier's own work per call" },
  serviceMs: { kind: 'number', min: 0, max: 60_000, default: 5, unit: 'ms', doc: "mean of the tier's own work per call, before it calls the tier below" },
  sigma: { kind: 'number', min: 0, max: 3, default: 1, doc: 'log-normal: spread (σ of the logarithm); the mean stays serviceMs' },
  loadKnee: {
    kind: 'number',
    min: 0,
    max: 100,
    default: 0,
    doc: 'load-dependent latency (garbage collection, thrashing): past this load (calls in the instance ÷ slots) work slows down (0 = off)',
  },
  loadSlowdown: {
    kind: 'number',
    min: 0,
    max: 100,
    default: 1,
    doc: 'load-dependent latency: work takes serviceMs × (1 + loadSlowdown × (load − loadKnee)) past the knee',
  },
  holdSlot: {
    kind: 'bool',
    default: true,
    doc: "a call keeps its slot while it waits on the tier below (a thread per request); off: the slot frees once the tier's own work is done (an asynchronous hand-off)",
  },
  balancer: {
    kind: 'enum',
    values: BALANCERS,
    default: 'round-robin',
    doc: 'how calls are spread over instances; least-connections counts calls in each instance',
  },
  timeoutMs: { kind: 'number', min: 1, max: 3_600_000, default: 1000, unit: 'ms', doc: 'timeout of each call this tier makes to the tier below' },
  retries: { kind: 'int', min: 0, max: 20, default: 0, doc: 'retries of a failed or timed-out call to the tier below' },
  backoff: { kind: 'enum', values: BACKOFFS, default: 'exponential-jitter', doc: 'wait before a retry toward the tier below' },
  backoffBaseMs: { kind: 'number', min: 0, max: 60_000, default: 50, unit: 'ms', doc: 'backoff base' },
  backoffCapMs: { kind: 'number', min: 0, max: 600_000, default: 5000, unit: 'ms', doc: 'backoff cap' },
  retryBudget: {
    kind: 'number',
    min: 0,
    max: 10,
    default: 0,
    doc: 'retry budget: retries toward the tier below at most this many per first call, from a bucket of up to 100 tokens (0 = no budget)',
  },
  shedQueueMs: {
    kind: 'number',
    min: 0,
    max: 600_000,
    default: 0,
    unit: 'ms',
    doc: "shed: refuse a call while the instance's oldest queued call has waited longer than this (0 = off)",
  },
} as const satisfies Record<string, FieldSpec>;

export const CACHE_TIER_FIELDS = {
  capacity: { kind: 'int', min: 0, max: 10_000_000, default: 5000, unit: 'entries', doc: 'LRU capacity of the edge cache' },
  warm: { kind: 'bool', default: true, doc: 'start from the LRU steady state rather than empty' },
  ttlMs: { kind: 'number', min: 0, max: 86_400_000, default: 0, unit: 'ms', doc: 'entry lifetime (0 = no expiry)' },
  staleMs: {
    kind: 'number',
    min: 0,
    max: 86_400_000,
    default: 0,
    unit: 'ms',
    doc: 'stale-while-revalidate: serve an entry this long past its TTL while one background call refreshes it',
  },
  singleFlight: { kind: 'bool', default: false, doc: 'one call per key to the tier below; other misses for the key wait for its answer' },
  timeoutMs: {
    kind: 'number',
    min: 1,
    max: 3_600_000,
    default: 5000,
    unit: 'ms',
    doc: 'how long a fetch from the tier below may take before the cache gives up on it (the misses waiting for it get an error); never retried',
  },
} as const satisfies Record<string, FieldSpec>;

type Values<F extends Record<string, FieldSpec>> = {
  -readonly [K in keyof F]: F[K] extends { kind: 'enum'; values: readonly (infer V)[] } ? V : F[K] extends { kind: 'bool' } ? boolean : number;
};

export type ServiceTier = { kind: 'service'; name: string } & Values<typeof SERVICE_TIER_FIELDS>;
export type CacheTier = { kind: 'cache'; name: string } & Values<typeof CACHE_TIER_FIELDS>;
export type Tier = ServiceTier | CacheTier;

/** What can go wrong with a tier (all its instances, or one). */
export const TIER_FAULTS = ['crash', 'black-hole', 'slow', 'errors', 'cores', 'partition'] as const;
export type TierFault = (typeof TIER_FAULTS)[number];

/** Per-tier frame columns, named `NAME_<column>` in CSV. For a cache tier `util` is its hit rate. */
export const TIER_METRIC_NAMES = ['rps_in', 'util', 'queue', 'errors_rps', 'p99_ms'] as const;
export const TIER_METRIC_COUNT = TIER_METRIC_NAMES.length;
export type TierMetricName = (typeof TIER_METRIC_NAMES)[number];

/** CSV column names of a stack's tiers, in frame order. */
export function tierColumnNames(tiers: readonly { name: string }[]): string[] {
  return tiers.flatMap((t) => TIER_METRIC_NAMES.map((m) => `${t.name}_${m}`));
}

/** A tier with every field at its default. */
export function defaultTier(kind: Tier['kind'], name: string): Tier {
  const fields = kind === 'service' ? SERVICE_TIER_FIELDS : CACHE_TIER_FIELDS;
  const out: Record<string, unknown> = { kind, name };
  for (const [k, s] of Object.entries(fields)) out[k] = s.default;
  return out as Tier;
}
