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
  instances: { kind: 'int', min: 1, max: MAX_INSTANCES, default: 4 },
  slots: { kind: 'int', min: 1, max: 10_000, default: 16 },
  queueLimit: { kind: 'int', min: 0, max: 1_000_000, default: 100, unit: 'calls' },
  serviceDist: { kind: 'enum', values: SERVICE_DISTS, default: 'exponential' },
  serviceMs: { kind: 'number', min: 0, max: 60_000, default: 5, unit: 'ms' },
  sigma: { kind: 'number', min: 0, max: 3, default: 1 },
  loadKnee: { kind: 'number', min: 0, max: 100, default: 0 },
  loadSlowdown: { kind: 'number', min: 0, max: 100, default: 1 },
  holdSlot: { kind: 'bool', default: true },
  balancer: { kind: 'enum', values: BALANCERS, default: 'round-robin' },
  timeoutMs: { kind: 'number', min: 1, max: 3_600_000, default: 1000, unit: 'ms' },
  retries: { kind: 'int', min: 0, max: 20, default: 0 },
  backoff: { kind: 'enum', values: BACKOFFS, default: 'exponential-jitter' },
  backoffBaseMs: { kind: 'number', min: 0, max: 60_000, default: 50, unit: 'ms' },
  backoffCapMs: { kind: 'number', min: 0, max: 600_000, default: 5000, unit: 'ms' },
  retryBudget: { kind: 'number', min: 0, max: 10, default: 0 },
  shedQueueMs: { kind: 'number', min: 0, max: 600_000, default: 0, unit: 'ms' },
} as const satisfies Record<string, FieldSpec>;

export const CACHE_TIER_FIELDS = {
  capacity: { kind: 'int', min: 0, max: 10_000_000, default: 5000, unit: 'entries' },
  warm: { kind: 'bool', default: true },
  ttlMs: { kind: 'number', min: 0, max: 86_400_000, default: 0, unit: 'ms' },
  staleMs: { kind: 'number', min: 0, max: 86_400_000, default: 0, unit: 'ms' },
  singleFlight: { kind: 'bool', default: false },
  timeoutMs: { kind: 'number', min: 1, max: 3_600_000, default: 5000, unit: 'ms' },
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
