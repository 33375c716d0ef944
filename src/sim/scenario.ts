/** The scenario document (public contract, version 1): what the runner reads and share links carry. */
import type { BACKOFFS, ON_OFF, QUEUE_ORDERS, SHEDDING_MODES, WORKLOAD_MODES } from './schema';
import type { EVENT_SCHEMA, EventType } from './eventSchema';
import type { Tier } from './stackSchema';

export interface Workload {
  mode: (typeof WORKLOAD_MODES)[number];
  /** Open loop: first attempts per second (Poisson). */
  rps: number;
  /** Closed loop: population of clients. */
  clients: number;
  /** Closed loop: mean think time between one client's requests. */
  thinkMs: number;
  keys: number;
  zipf: number;
}

export interface CacheParams {
  capacity: number;
  warm: boolean;
  /** 0 = entries never expire. */
  ttlMs: number;
  hitMs: number;
  coalesce: boolean;
  staleMs: number;
  ttlJitter: number;
  xfetchBeta: number;
  fillLate: boolean;
  warmupRps: number;
  warmupMaxUtil: number;
  versionedKeys: boolean;
  /** The K most popular keys are expensive objects (0 = none). */
  rebuildHottest: number;
  /** Mean rebuild time of an expensive key, ms. */
  rebuildMs: number;
  /** Share of misses that skip coalescing (0..1). */
  coalesceBypass: number;
  /** Hit-rate canary threshold after a deploy (0 = off). */
  canaryHitRate: number;
  /** How long the canary watches a deploy, seconds. */
  canaryWindowS: number;
}

export interface DbParams {
  workers: number;
  serviceMs: number;
  queueLimit: number;
  deadlinePropagation: boolean;
  queueOrder: (typeof QUEUE_ORDERS)[number];
  lifoAfterMs: number;
  /** Cores behind the workers (0 = one per worker, no contention knee). */
  cores: number;
  /** Slowdown per query in service beyond the cores. */
  contention: number;
}

export interface ClientParams {
  timeoutMs: number;
  retries: number;
  backoff: (typeof BACKOFFS)[number];
  backoffBaseMs: number;
  backoffCapMs: number;
  retryBudget: (typeof ON_OFF)[number];
  budgetTokens: number;
  budgetRetryCost: number;
  budgetTimeoutCost: number;
  budgetRefund: number;
  breaker: (typeof ON_OFF)[number];
  breakerFailureRate: number;
  breakerWindowMs: number;
  breakerMinRequests: number;
  breakerOpenMs: number;
  breakerProbes: number;
  honorRetryAfter: boolean;
  /** Latency objective on the p95 of every request, ms (0 = half of timeoutMs): read by the state classifier only. */
  sloP95Ms: number;
}

export interface SheddingParams {
  mode: (typeof SHEDDING_MODES)[number];
  maxQueueDelayMs: number;
  maxInFlight: number;
  codelTargetMs: number;
  codelIntervalMs: number;
  retryAfterMs: number;
}

/** Every section that may change mid-run. */
export interface Params {
  workload: Workload;
  cache: CacheParams;
  db: DbParams;
  client: ClientParams;
  shedding: SheddingParams;
}

/** A partial change of parameters: `{ shedding: { mode: 'queue-delay' } }`. */
export type ParamsPatch = { [S in keyof Params]?: Partial<Params[S]> };

type FieldValue<F> = F extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : F extends { kind: 'patch' }
    ? ParamsPatch
    : F extends { kind: 'tier-patch' }
      ? Record<string, number | string | boolean>
      : F extends { kind: 'tier' }
        ? string
        : number;
type MayBeAbsent<F> = F extends { optional: true } ? true : F extends { kind: 'number-by' } ? true : false;
type Flat<X> = { [K in keyof X]: X[K] };
type EventOf<T extends EventType, F = (typeof EVENT_SCHEMA)[T]['fields']> = Flat<
  { type: T } & { -readonly [K in keyof F as MayBeAbsent<F[K]> extends true ? never : K]: FieldValue<F[K]> } & {
    -readonly [K in keyof F as MayBeAbsent<F[K]> extends true ? K : never]?: FieldValue<F[K]>;
  }
>;

/**
 * A trigger or a change, applied now (live command) or at `atS` (scripted event): one member per row
 * of the event table (./eventSchema), which says what each field is and ./eventSchemaDocs what it does.
 */
export type Trigger = { [T in EventType]: EventOf<T> }[EventType];

/**
 * A scripted trigger. `label` is the script's own words for it (an incident timeline's "16:08 scale
 * up"), shown instead of the generated wording; absent, the generated wording is shown.
 */
export type ScenarioEvent = Trigger & { atS: number; label?: string };

export interface Scenario extends Params {
  /** 1 without tiers, 2 with a stack of tiers (a version 1 document is a version 2 one without tiers). */
  version: 1 | 2;
  title?: string;
  seed: number;
  durationS: number;
  intervalMs: number;
  events: ScenarioEvent[];
  /**
   * The tiers between the clients and the look-aside cache and database, top first. Empty: the
   * clients call the cache and database directly, as before tiers existed.
   */
  stack?: Tier[];
}
