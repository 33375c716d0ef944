/**
 * The scenario document's fields, their defaults and their allowed ranges, as data. One table serves
 * the parser (error messages name field, value and range), the UI (slider bounds) and the docs.
 */

export type FieldSpec =
  | { kind: 'int'; min: number; max: number; default: number; unit?: string; doc: string }
  | { kind: 'number'; min: number; max: number; default: number; unit?: string; doc: string }
  | { kind: 'bool'; default: boolean; doc: string }
  | { kind: 'enum'; values: readonly string[]; default: string; doc: string };

export const WORKLOAD_MODES = ['open', 'closed'] as const;
export const BACKOFFS = ['none', 'exponential', 'exponential-jitter', 'equal-jitter', 'decorrelated-jitter'] as const;
export const SHEDDING_MODES = ['off', 'queue-delay', 'concurrency', 'codel'] as const;
export const QUEUE_ORDERS = ['fifo', 'lifo', 'adaptive-lifo'] as const;
export const ON_OFF = ['off', 'on'] as const;

/** Sections of the document whose fields may also change mid-run (`set` events, live controls). */
export const SECTIONS = {
  workload: {
    mode: {
      kind: 'enum',
      values: WORKLOAD_MODES,
      default: 'open',
      doc: 'open: arrivals ignore how the system is doing; closed: a fixed population waits, then thinks',
    },
    rps: { kind: 'number', min: 0, max: 1_000_000, default: 3000, unit: 'req/s', doc: 'open-loop arrival rate of first attempts (Poisson)' },
    clients: { kind: 'int', min: 1, max: 100_000, default: 1000, doc: 'closed loop: number of clients' },
    thinkMs: { kind: 'number', min: 0, max: 600_000, default: 300, unit: 'ms', doc: "closed loop: mean think time between a client's requests (exponential)" },
    keys: { kind: 'int', min: 1, max: 10_000_000, default: 100_000, doc: 'size of the key space' },
    zipf: { kind: 'number', min: 0, max: 3, default: 1.1, doc: 'Zipf exponent of key popularity (0 = uniform)' },
  },
  cache: {
    capacity: { kind: 'int', min: 0, max: 10_000_000, default: 20_000, unit: 'entries', doc: 'LRU capacity (0 = no cache)' },
    warm: { kind: 'bool', default: true, doc: 'start from the LRU steady state rather than empty' },
    ttlMs: { kind: 'number', min: 0, max: 86_400_000, default: 0, unit: 'ms', doc: 'entry lifetime (0 = no expiry)' },
    hitMs: { kind: 'number', min: 0, max: 1000, default: 1, unit: 'ms', doc: 'latency of a cache hit' },
    coalesce: { kind: 'bool', default: false, doc: 'request coalescing: one database query per key in flight; other misses for the key wait for its answer' },
    staleMs: {
      kind: 'number',
      min: 0,
      max: 86_400_000,
      default: 0,
      unit: 'ms',
      doc: 'stale-while-revalidate: serve an entry up to this long past its TTL while one background query refreshes it (0 = off; needs ttlMs)',
    },
    ttlJitter: {
      kind: 'number',
      min: 0,
      max: 1,
      default: 0,
      doc: 'each entry lives ttlMs × (1 − ttlJitter × U(0,1)), so entries filled together do not expire together',
    },
    xfetchBeta: {
      kind: 'number',
      min: 0,
      max: 10,
      default: 0,
      doc: 'probabilistic early refresh (XFetch): refresh when now − δ·β·ln(U) ≥ expiry (0 = off; needs ttlMs)',
    },
    fillLate: { kind: 'bool', default: false, doc: 'fill the cache from answers whose caller already gave up (a read-through style fill)' },
    warmupRps: {
      kind: 'number',
      min: 0,
      max: 100_000,
      default: 0,
      unit: 'keys/s',
      doc: 'cache warm-up: prefill the hottest missing keys at this rate (0 = off)',
    },
    warmupMaxUtil: { kind: 'number', min: 0.05, max: 1, default: 0.8, doc: 'warm-up pauses while database workers are busier than this share' },
    versionedKeys: {
      kind: 'bool',
      default: false,
      doc: 'after a key-changing deploy, a miss on the new key reads the old key and copies it over (old and new coexist)',
    },
    rebuildHottest: {
      kind: 'int',
      min: 0,
      max: 10_000_000,
      default: 0,
      unit: 'keys',
      doc: 'expensive objects: the K most popular keys (a feed, a flash-sale homepage) take rebuildMs of a database worker to rebuild instead of serviceMs (0 = none)',
    },
    rebuildMs: {
      kind: 'number',
      min: 0.01,
      max: 600_000,
      default: 2000,
      unit: 'ms',
      doc: 'rebuild time of an expensive key (the same every time: a known computation), holding one worker throughout; without coalescing every miss during a rebuild starts another',
    },
    coalesceBypass: {
      kind: 'number',
      min: 0,
      max: 1,
      default: 0,
      doc: 'share of misses that skip coalescing and send their own query although one is in flight for the key (a bug that defeats single-flight; 0 = none)',
    },
    canaryHitRate: {
      kind: 'number',
      min: 0,
      max: 1,
      default: 0,
      doc: 'hit-rate canary: after a deploy, roll it back as soon as the hit rate over a 5 s check falls below this share (0 = off)',
    },
    canaryWindowS: {
      kind: 'number',
      min: 5,
      max: 86_400,
      default: 300,
      unit: 's',
      doc: 'hit-rate canary: how long after a deploy the hit rate is watched before the deploy counts as safe',
    },
  },
  db: {
    workers: { kind: 'int', min: 1, max: 10_000, default: 8, doc: 'concurrent query slots' },
    serviceMs: { kind: 'number', min: 0.01, max: 60_000, default: 20, unit: 'ms', doc: 'mean service time of a query (exponential)' },
    queueLimit: { kind: 'int', min: 0, max: 10_000_000, default: 5000, unit: 'queries', doc: 'bound of the wait queue; a full queue rejects at once' },
    deadlinePropagation: { kind: 'bool', default: false, doc: 'skip queued queries whose caller has given up' },
    queueOrder: {
      kind: 'enum',
      values: QUEUE_ORDERS,
      default: 'fifo',
      doc: 'fifo; lifo (newest first); adaptive-lifo (newest first while the oldest has waited longer than lifoAfterMs)',
    },
    lifoAfterMs: { kind: 'number', min: 0, max: 600_000, default: 100, unit: 'ms', doc: 'adaptive LIFO switches to newest-first past this queueing delay' },
    cores: {
      kind: 'int',
      min: 0,
      max: 10_000,
      default: 0,
      doc: 'CPU cores behind the workers, which are then connections (a pool): with n queries in service beyond the cores, each takes serviceMs × (n / cores) × (1 + contention × (n − cores)), fixed at its start, so throughput min(n, cores) / serviceMs / (1 + contention × max(0, n − cores)) falls past the knee (0 = one core per worker: no knee)',
    },
    contention: {
      kind: 'number',
      min: 0,
      max: 10,
      default: 0,
      doc: 'slowdown per query in service beyond the cores (lock contention, thrashing); with cores set, more connections than cores lower throughput',
    },
  },
  client: {
    timeoutMs: { kind: 'number', min: 1, max: 3_600_000, default: 1000, unit: 'ms', doc: 'per-attempt timeout' },
    retries: { kind: 'int', min: 0, max: 20, default: 3, doc: 'retries after a timed-out, rejected or shed attempt' },
    backoff: { kind: 'enum', values: BACKOFFS, default: 'exponential-jitter', doc: 'wait before a retry: none, base·2ⁿ, or full jitter U(0, base·2ⁿ)' },
    backoffBaseMs: { kind: 'number', min: 0, max: 60_000, default: 100, unit: 'ms', doc: 'backoff base' },
    backoffCapMs: { kind: 'number', min: 0, max: 600_000, default: 20_000, unit: 'ms', doc: 'backoff cap' },
    retryBudget: { kind: 'enum', values: ON_OFF, default: 'off', doc: 'retry token bucket (AWS SDK standard mode): a retry spends tokens, a success refunds' },
    budgetTokens: { kind: 'number', min: 1, max: 1_000_000, default: 500, unit: 'tokens', doc: 'retry budget: bucket size' },
    budgetRetryCost: { kind: 'number', min: 0, max: 10_000, default: 5, unit: 'tokens', doc: 'retry budget: cost of a retry after an error' },
    budgetTimeoutCost: { kind: 'number', min: 0, max: 10_000, default: 10, unit: 'tokens', doc: 'retry budget: cost of a retry after a timeout' },
    budgetRefund: { kind: 'number', min: 0, max: 10_000, default: 1, unit: 'tokens', doc: 'retry budget: refund per success' },
    breaker: {
      kind: 'enum',
      values: ON_OFF,
      default: 'off',
      doc: 'circuit breaker on the database path: open after too many failures, fail fast, probe, close',
    },
    breakerFailureRate: { kind: 'number', min: 0.01, max: 1, default: 0.5, doc: 'breaker opens when this share of database attempts in the window failed' },
    breakerWindowMs: { kind: 'number', min: 100, max: 600_000, default: 10_000, unit: 'ms', doc: 'breaker: rolling window of outcomes' },
    breakerMinRequests: { kind: 'int', min: 1, max: 1_000_000, default: 20, doc: 'breaker: outcomes needed in the window before it may open' },
    breakerOpenMs: { kind: 'number', min: 1, max: 600_000, default: 5000, unit: 'ms', doc: 'breaker: how long it stays open before probing' },
    breakerProbes: { kind: 'int', min: 1, max: 10_000, default: 10, doc: 'breaker: successful probes needed to close again' },
    honorRetryAfter: { kind: 'bool', default: false, doc: 'after an overload error, wait at least its retry-after before retrying' },
  },
  shedding: {
    mode: {
      kind: 'enum',
      values: SHEDDING_MODES,
      default: 'off',
      doc: 'off; queue-delay: refuse database work while the oldest waiting query has waited longer than maxQueueDelayMs; concurrency: refuse while maxInFlight queries are at the database; codel: once the minimum queueing delay over codelIntervalMs exceeds codelTargetMs, drop queued queries that waited longer than the target',
    },
    maxQueueDelayMs: { kind: 'number', min: 0, max: 600_000, default: 200, unit: 'ms', doc: 'queue-delay shedding threshold' },
    maxInFlight: { kind: 'int', min: 1, max: 10_000_000, default: 64, unit: 'queries', doc: 'concurrency shedding threshold (running + waiting)' },
    codelTargetMs: { kind: 'number', min: 0.1, max: 60_000, default: 5, unit: 'ms', doc: 'CoDel: acceptable standing queueing delay' },
    codelIntervalMs: {
      kind: 'number',
      min: 1,
      max: 600_000,
      default: 100,
      unit: 'ms',
      doc: 'CoDel: window over which the minimum delay must stay above target to act',
    },
    retryAfterMs: { kind: 'number', min: 0, max: 600_000, default: 1000, unit: 'ms', doc: 'retry-after carried by overload errors' },
  },
} as const satisfies Record<string, Record<string, FieldSpec>>;

export const TOP_LEVEL = {
  version: { kind: 'int', min: 1, max: 2, default: 2, doc: 'document format version (2 added the stack of tiers)' },
  seed: { kind: 'int', min: 0, max: 4_294_967_295, default: 7, doc: 'seed of the pseudo-random generator' },
  durationS: { kind: 'number', min: 1, max: 86_400, default: 600, unit: 's', doc: 'simulated duration' },
  intervalMs: { kind: 'number', min: 10, max: 60_000, default: 1000, unit: 'ms', doc: 'length of one metrics frame' },
} as const satisfies Record<string, FieldSpec>;

export const CURRENT_VERSION = 2;
export const MAX_EVENTS = 500;
export const MAX_TITLE_CHARS = 200;

export type SectionName = keyof typeof SECTIONS;
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/** Looks up the spec of a dotted path such as `db.workers`. */
export function fieldSpec(path: string): FieldSpec | undefined {
  const [section, field] = path.split('.');
  if (field === undefined) return (TOP_LEVEL as Record<string, FieldSpec>)[section];
  const fields = (SECTIONS as Record<string, Record<string, FieldSpec>>)[section];
  return fields ? fields[field] : undefined;
}
