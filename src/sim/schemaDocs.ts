/**
 * What each field of the scenario document means, in a sentence, keyed by its path (`db.workers`,
 * `seed`). Kept apart from ./schema on purpose: the schema's ranges and defaults run in the page and
 * in the simulation worker, these sentences only in the docs (scripts/modelDoc writes them into
 * docs/model.md), so neither bundle carries them. A field without a sentence here fails
 * test/docs/schemaDocs.test.ts.
 */
export const SCHEMA_DOCS: Readonly<Record<string, string>> = {
  'workload.mode': 'open: arrivals ignore how the system is doing; closed: a fixed population waits, then thinks',
  'workload.rps': 'open-loop arrival rate of first attempts (Poisson)',
  'workload.clients': 'closed loop: number of clients',
  'workload.thinkMs': "closed loop: mean think time between a client's requests (exponential)",
  'workload.keys': 'size of the key space',
  'workload.zipf': 'Zipf exponent of key popularity (0 = uniform)',
  'cache.capacity': 'LRU capacity (0 = no cache)',
  'cache.warm': 'start from the LRU steady state rather than empty',
  'cache.ttlMs': 'entry lifetime (0 = no expiry)',
  'cache.hitMs': 'latency of a cache hit',
  'cache.coalesce': 'request coalescing: one database query per key in flight; other misses for the key wait for its answer',
  'cache.staleMs': 'stale-while-revalidate: serve an entry up to this long past its TTL while one background query refreshes it (0 = off; needs ttlMs)',
  'cache.ttlJitter': 'each entry lives ttlMs × (1 − ttlJitter × U(0,1)), so entries filled together do not expire together',
  'cache.xfetchBeta': 'probabilistic early refresh (XFetch): refresh when now − δ·β·ln(U) ≥ expiry (0 = off; needs ttlMs)',
  'cache.fillLate': 'fill the cache from answers whose caller already gave up (a read-through style fill)',
  'cache.warmupRps': 'cache warm-up: prefill the hottest missing keys at this rate (0 = off)',
  'cache.warmupMaxUtil': 'warm-up pauses while database workers are busier than this share',
  'cache.versionedKeys': 'after a key-changing deploy, a miss on the new key reads the old key and copies it over (old and new coexist)',
  'cache.rebuildHottest':
    'expensive objects: the K most popular keys (a feed, a flash-sale homepage) take rebuildMs of a database worker to rebuild instead of serviceMs (0 = none)',
  'cache.rebuildMs':
    'rebuild time of an expensive key (the same every time: a known computation), holding one worker throughout; without coalescing every miss during a rebuild starts another',
  'cache.coalesceBypass':
    'share of misses that skip coalescing and send their own query although one is in flight for the key (a bug that defeats single-flight; 0 = none)',
  'cache.canaryHitRate': 'hit-rate canary: after a deploy, roll it back as soon as the hit rate over a 5 s check falls below this share (0 = off)',
  'cache.canaryWindowS': 'hit-rate canary: how long after a deploy the hit rate is watched before the deploy counts as safe',
  'db.workers': 'concurrent query slots',
  'db.serviceMs': 'mean service time of a query (exponential)',
  'db.queueLimit': 'bound of the wait queue; a full queue rejects at once',
  'db.deadlinePropagation': 'skip queued queries whose caller has given up',
  'db.queueOrder': 'fifo; lifo (newest first); adaptive-lifo (newest first while the oldest has waited longer than lifoAfterMs)',
  'db.lifoAfterMs': 'adaptive LIFO switches to newest-first past this queueing delay',
  'db.cores':
    'CPU cores behind the workers, which are then connections (a pool): with n queries in service beyond the cores, each takes serviceMs × (n / cores) × (1 + contention × (n − cores)), fixed at its start, so throughput min(n, cores) / serviceMs / (1 + contention × max(0, n − cores)) falls past the knee (0 = one core per worker: no knee)',
  'db.contention': 'slowdown per query in service beyond the cores (lock contention, thrashing); with cores set, more connections than cores lower throughput',
  'client.timeoutMs': 'per-attempt timeout',
  'client.retries': 'retries after a timed-out, rejected or shed attempt',
  'client.backoff': 'wait before a retry: none, base·2ⁿ, or full jitter U(0, base·2ⁿ)',
  'client.backoffBaseMs': 'backoff base',
  'client.backoffCapMs': 'backoff cap',
  'client.retryBudget': 'retry token bucket (AWS SDK standard mode): a retry spends tokens, a success refunds',
  'client.budgetTokens': 'retry budget: bucket size',
  'client.budgetRetryCost': 'retry budget: cost of a retry after an error',
  'client.budgetTimeoutCost': 'retry budget: cost of a retry after a timeout',
  'client.budgetRefund': 'retry budget: refund per success',
  'client.breaker': 'circuit breaker on the database path: open after too many failures, fail fast, probe, close',
  'client.breakerFailureRate': 'breaker opens when this share of database attempts in the window failed',
  'client.breakerWindowMs': 'breaker: rolling window of outcomes',
  'client.breakerMinRequests': 'breaker: outcomes needed in the window before it may open',
  'client.breakerOpenMs': 'breaker: how long it stays open before probing',
  'client.breakerProbes': 'breaker: successful probes needed to close again',
  'client.honorRetryAfter': 'after an overload error, wait at least its retry-after before retrying',
  'client.sloP95Ms':
    'latency objective: the p95 of every request (failures at the moment their caller gave up) that users accept; a healthy run above it reads degraded (0 = half of timeoutMs). It changes no simulated number, only the state',
  'shedding.mode':
    'off; queue-delay: refuse database work while the oldest waiting query has waited longer than maxQueueDelayMs; concurrency: refuse while maxInFlight queries are at the database; codel: once the minimum queueing delay over codelIntervalMs exceeds codelTargetMs, drop queued queries that waited longer than the target',
  'shedding.maxQueueDelayMs': 'queue-delay shedding threshold',
  'shedding.maxInFlight': 'concurrency shedding threshold (running + waiting)',
  'shedding.codelTargetMs': 'CoDel: acceptable standing queueing delay',
  'shedding.codelIntervalMs': 'CoDel: window over which the minimum delay must stay above target to act',
  'shedding.retryAfterMs': 'retry-after carried by overload errors',
  version: 'document format version (2 added the stack of tiers)',
  seed: 'seed of the pseudo-random generator',
  durationS: 'simulated duration',
  intervalMs: 'length of one metrics frame',
};
