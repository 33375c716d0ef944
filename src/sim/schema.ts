/**
 * The scenario document's fields, their defaults and their allowed ranges, as data. One table serves
 * the parser (error messages name field, value and range), the UI (slider bounds) and the docs. What
 * each field means is in ./schemaDocs, which only the docs read: the page and the simulation worker
 * both carry this table, and neither needs the sentences.
 */

/**
 * One field. `doc` is what a field means; the document's own fields keep it in ./schemaDocs instead
 * (test/docs/schemaDocs.test.ts holds them there), the stack's tier fields here.
 */
export type FieldSpec =
  | { kind: 'int'; min: number; max: number; default: number; unit?: string; doc?: string }
  | { kind: 'number'; min: number; max: number; default: number; unit?: string; doc?: string }
  | { kind: 'bool'; default: boolean; doc?: string }
  | { kind: 'enum'; values: readonly string[]; default: string; doc?: string };

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
    },
    rps: { kind: 'number', min: 0, max: 1_000_000, default: 3000, unit: 'req/s' },
    clients: { kind: 'int', min: 1, max: 100_000, default: 1000 },
    thinkMs: { kind: 'number', min: 0, max: 600_000, default: 300, unit: 'ms' },
    keys: { kind: 'int', min: 1, max: 10_000_000, default: 100_000 },
    zipf: { kind: 'number', min: 0, max: 3, default: 1.1 },
  },
  cache: {
    capacity: { kind: 'int', min: 0, max: 10_000_000, default: 20_000, unit: 'entries' },
    warm: { kind: 'bool', default: true },
    ttlMs: { kind: 'number', min: 0, max: 86_400_000, default: 0, unit: 'ms' },
    hitMs: { kind: 'number', min: 0, max: 1000, default: 1, unit: 'ms' },
    coalesce: { kind: 'bool', default: false },
    staleMs: {
      kind: 'number',
      min: 0,
      max: 86_400_000,
      default: 0,
      unit: 'ms',
    },
    ttlJitter: {
      kind: 'number',
      min: 0,
      max: 1,
      default: 0,
    },
    xfetchBeta: {
      kind: 'number',
      min: 0,
      max: 10,
      default: 0,
    },
    fillLate: { kind: 'bool', default: false },
    warmupRps: {
      kind: 'number',
      min: 0,
      max: 100_000,
      default: 0,
      unit: 'keys/s',
    },
    warmupMaxUtil: { kind: 'number', min: 0.05, max: 1, default: 0.8 },
    versionedKeys: {
      kind: 'bool',
      default: false,
    },
    rebuildHottest: {
      kind: 'int',
      min: 0,
      max: 10_000_000,
      default: 0,
      unit: 'keys',
    },
    rebuildMs: {
      kind: 'number',
      min: 0.01,
      max: 600_000,
      default: 2000,
      unit: 'ms',
    },
    coalesceBypass: {
      kind: 'number',
      min: 0,
      max: 1,
      default: 0,
    },
    canaryHitRate: {
      kind: 'number',
      min: 0,
      max: 1,
      default: 0,
    },
    canaryWindowS: {
      kind: 'number',
      min: 5,
      max: 86_400,
      default: 300,
      unit: 's',
    },
  },
  db: {
    workers: { kind: 'int', min: 1, max: 10_000, default: 8 },
    serviceMs: { kind: 'number', min: 0.01, max: 60_000, default: 20, unit: 'ms' },
    queueLimit: { kind: 'int', min: 0, max: 10_000_000, default: 5000, unit: 'queries' },
    deadlinePropagation: { kind: 'bool', default: false },
    queueOrder: {
      kind: 'enum',
      values: QUEUE_ORDERS,
      default: 'fifo',
    },
    lifoAfterMs: { kind: 'number', min: 0, max: 600_000, default: 100, unit: 'ms' },
    cores: {
      kind: 'int',
      min: 0,
      max: 10_000,
      default: 0,
    },
    contention: {
      kind: 'number',
      min: 0,
      max: 10,
      default: 0,
    },
  },
  client: {
    timeoutMs: { kind: 'number', min: 1, max: 3_600_000, default: 1000, unit: 'ms' },
    retries: { kind: 'int', min: 0, max: 20, default: 3 },
    backoff: { kind: 'enum', values: BACKOFFS, default: 'exponential-jitter' },
    backoffBaseMs: { kind: 'number', min: 0, max: 60_000, default: 100, unit: 'ms' },
    backoffCapMs: { kind: 'number', min: 0, max: 600_000, default: 20_000, unit: 'ms' },
    retryBudget: { kind: 'enum', values: ON_OFF, default: 'off' },
    budgetTokens: { kind: 'number', min: 1, max: 1_000_000, default: 500, unit: 'tokens' },
    budgetRetryCost: { kind: 'number', min: 0, max: 10_000, default: 5, unit: 'tokens' },
    budgetTimeoutCost: { kind: 'number', min: 0, max: 10_000, default: 10, unit: 'tokens' },
    budgetRefund: { kind: 'number', min: 0, max: 10_000, default: 1, unit: 'tokens' },
    breaker: {
      kind: 'enum',
      values: ON_OFF,
      default: 'off',
    },
    breakerFailureRate: { kind: 'number', min: 0.01, max: 1, default: 0.5 },
    breakerWindowMs: { kind: 'number', min: 100, max: 600_000, default: 10_000, unit: 'ms' },
    breakerMinRequests: { kind: 'int', min: 1, max: 1_000_000, default: 20 },
    breakerOpenMs: { kind: 'number', min: 1, max: 600_000, default: 5000, unit: 'ms' },
    breakerProbes: { kind: 'int', min: 1, max: 10_000, default: 10 },
    honorRetryAfter: { kind: 'bool', default: false },
    sloP95Ms: { kind: 'number', min: 0, max: 3_600_000, default: 0, unit: 'ms' },
  },
  shedding: {
    mode: {
      kind: 'enum',
      values: SHEDDING_MODES,
      default: 'off',
    },
    maxQueueDelayMs: { kind: 'number', min: 0, max: 600_000, default: 200, unit: 'ms' },
    maxInFlight: { kind: 'int', min: 1, max: 10_000_000, default: 64, unit: 'queries' },
    codelTargetMs: { kind: 'number', min: 0.1, max: 60_000, default: 5, unit: 'ms' },
    codelIntervalMs: {
      kind: 'number',
      min: 1,
      max: 600_000,
      default: 100,
      unit: 'ms',
    },
    retryAfterMs: { kind: 'number', min: 0, max: 600_000, default: 1000, unit: 'ms' },
  },
} as const satisfies Record<string, Record<string, FieldSpec>>;

export const TOP_LEVEL = {
  version: { kind: 'int', min: 1, max: 2, default: 2 },
  seed: { kind: 'int', min: 0, max: 4_294_967_295, default: 7 },
  durationS: { kind: 'number', min: 1, max: 86_400, default: 600, unit: 's' },
  intervalMs: { kind: 'number', min: 10, max: 60_000, default: 1000, unit: 'ms' },
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
