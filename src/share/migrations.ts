/**
 * Document versions and the migration chain.
 *
 * A scenario document says which format it is in (`version`). Reading an older document is:
 *   1. fill every field it omits with the defaults *of its own version* (links omit defaults, and a
 *      later version may change a default: an old link must keep meaning what it meant), then
 *   2. run it through MIGRATIONS[v] for v = its version … CURRENT_VERSION − 1, each step turning a
 *      complete version-v document into a version-(v+1) one.
 *
 * Adding version 2 therefore means: bump CURRENT_VERSION in src/sim/schema.ts, append ONE function
 * (v1 → v2) to MIGRATIONS, and add a frozen literal copy of the v2 defaults to FROZEN_DEFAULTS. The
 * v1 fixtures in ./fixtures must keep decoding to the same scenarios. Changing a default without a
 * version bump is caught by a test (frozen defaults of the current version = schema defaults).
 */
import { CURRENT_VERSION } from '../sim/schema';

type Doc = Record<string, unknown>;
/** Turns a complete document of version v into one of version v + 1 (must not mutate its input). */
export type Migration = (doc: Readonly<Doc>) => Doc;
/** Defaults of one document version: top-level fields and one object per section. */
export type VersionDefaults = Readonly<Record<string, unknown>>;

/**
 * Version 2 added `stack`, the tiers between the clients and the cache and database; a document
 * without it has no tiers, which is exactly what a version 1 document describes.
 */
const v1ToV2: Migration = (doc) => ({ ...doc, version: 2 });

/** MIGRATIONS[i] migrates version i + 1 to version i + 2. */
export const MIGRATIONS: readonly Migration[] = [v1ToV2];

const V1_DEFAULTS = {
  seed: 7,
  durationS: 600,
  intervalMs: 1000,
  workload: { mode: 'open', rps: 3000, clients: 1000, thinkMs: 300, keys: 100_000, zipf: 1.1 },
  cache: {
    capacity: 20_000,
    warm: true,
    ttlMs: 0,
    hitMs: 1,
    coalesce: false,
    staleMs: 0,
    ttlJitter: 0,
    xfetchBeta: 0,
    fillLate: false,
    warmupRps: 0,
    warmupMaxUtil: 0.8,
    versionedKeys: false,
    rebuildHottest: 0,
    rebuildMs: 2000,
    coalesceBypass: 0,
    canaryHitRate: 0,
    canaryWindowS: 300,
  },
  db: { workers: 8, serviceMs: 20, queueLimit: 5000, deadlinePropagation: false, queueOrder: 'fifo', lifoAfterMs: 100, cores: 0, contention: 0 },
  client: {
    timeoutMs: 1000,
    retries: 3,
    backoff: 'exponential-jitter',
    backoffBaseMs: 100,
    backoffCapMs: 20_000,
    retryBudget: 'off',
    budgetTokens: 500,
    budgetRetryCost: 5,
    budgetTimeoutCost: 10,
    budgetRefund: 1,
    breaker: 'off',
    breakerFailureRate: 0.5,
    breakerWindowMs: 10_000,
    breakerMinRequests: 20,
    breakerOpenMs: 5000,
    breakerProbes: 10,
    honorRetryAfter: false,
    sloP95Ms: 0,
  },
  shedding: { mode: 'off', maxQueueDelayMs: 200, maxInFlight: 64, codelTargetMs: 5, codelIntervalMs: 100, retryAfterMs: 1000 },
} as const;

/** The defaults of every released version, as literals that never change once released. */
/**
 * The defaults of every released version, as literals that never change once released. Version 2
 * kept every default of version 1; an omitted `stack` means no tiers in both.
 */
export const FROZEN_DEFAULTS: Readonly<Record<number, VersionDefaults>> = {
  1: V1_DEFAULTS,
  2: V1_DEFAULTS,
};

const isRecord = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The version a document claims. Missing or malformed versions count as 1 (the first format, and
 * the parser's default); the parser reports a malformed one, so no message is produced here.
 */
export function documentVersion(doc: Doc): number {
  const v = doc.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/**
 * Fills the fields a document omits with the given defaults. Only absent fields are filled: a
 * present but invalid value stays, so the parser can name it. Spreading (not assignment) copies
 * keys such as `__proto__` as plain data.
 */
export function fillDefaults(doc: Readonly<Doc>, defaults: VersionDefaults): Doc {
  const out: Doc = { ...doc };
  for (const [key, value] of Object.entries(defaults)) {
    if (isRecord(value)) {
      const present = doc[key];
      if (present === undefined) out[key] = { ...value };
      else if (isRecord(present)) out[key] = { ...value, ...present };
    } else if (doc[key] === undefined) out[key] = value;
  }
  return out;
}

/**
 * Migrates a document from `fromVersion` to CURRENT_VERSION, filling omitted fields with each
 * version's own defaults first. A document newer than this build, or one that is not an object, is
 * returned unchanged: the parser reports it (newer: "made by a newer version of Metastable Lab").
 */
export function migrate(doc: unknown, fromVersion: number, chain: readonly Migration[] = MIGRATIONS, frozen = FROZEN_DEFAULTS): unknown {
  const target = chain.length + 1;
  if (!isRecord(doc) || fromVersion > target) return doc;
  let current: Doc = doc;
  for (let v = Math.max(1, fromVersion); v < target; v++) {
    current = chain[v - 1](fillDefaults(current, frozen[v] ?? {}));
  }
  return fillDefaults(current, frozen[target] ?? {});
}

/** Migrates a decoded document to the current version, using the version it declares. */
export function upgradeDocument(doc: unknown): unknown {
  return isRecord(doc) ? migrate(doc, documentVersion(doc)) : doc;
}

/** True when the chain is complete for this build (checked by a test). */
export const chainIsComplete = (): boolean => MIGRATIONS.length === CURRENT_VERSION - 1 && FROZEN_DEFAULTS[CURRENT_VERSION] !== undefined;
