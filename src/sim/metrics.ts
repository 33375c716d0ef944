/**
 * Metric frames: one row of numbers per interval of simulated time. Rows travel as flat
 * Float64Arrays (row-major, METRIC_COUNT columns) so a batch is one transferable buffer.
 */
export const METRIC_NAMES = [
  't_s', //               end of the interval, simulated seconds
  'offered_rps', //       attempts started (first attempts + retries)
  'first_rps', //         first attempts (new requests)
  'retry_rps', //         retries
  'goodput_rps', //       answers delivered within the timeout
  'hit_rate', //          cache hits / cache lookups (0..1)
  'db_util', //           share of database worker time busy (0..1), "DB CPU"
  'queue_depth', //       time-averaged number of queries waiting for a worker
  'timeout_rps', //       attempts that timed out
  'rejected_rps', //      attempts rejected by a full database queue
  'shed_rps', //          attempts refused by load shedding
  'wasted_rps', //        database completions nobody waited for any more
  'p50_ms', //            median end-to-end latency of delivered answers (first attempt to answer)
  'p99_ms', //            99th percentile of the same
  'cache_entries', //     entries in the cache at the end of the interval
  'failed_rps', //        requests that gave up (retries exhausted)
  'fill_rps', //          cache fills
  'db_rps', //            database completions (useful + wasted)
  'db_wait_ms', //        mean queueing delay of queries that started service
  'min_queue_delay_ms', // minimum queueing delay in the interval (CoDel's characteristic metric)
  'in_flight', //         requests in flight at the end of the interval
  'workers', //           database workers at the end of the interval
  'trigger_active', //    1 while a spike, slowdown or outage is in force, else 0
  'state', //             index into STATE_NAMES, classified from the metrics so far
  'p95_ms', //            95th percentile of end-to-end latency of delivered answers
  'stale_rps', //         stale entries served (stale-while-revalidate)
  'dropped_rps', //       queued queries skipped because their caller gave up (deadline propagation)
  'breaker_rps', //       attempts failed fast by an open circuit breaker
  'budget_denied_rps', // retries refused by the retry budget
  'background_rps', //    background database queries (refresh, early refresh, warm-up)
  'coalesced_rps', //     misses that joined a query already in flight for their key
  'breaker_open', //      1 while the circuit breaker is open or probing, else 0
  'budget_tokens', //     tokens left in the retry budget
  'p50_all_ms', //        median latency of every request that ended: delivered, or failed when its caller gave up
  'p99_all_ms', //        99th percentile of the same (what users experience; p99_ms omits the failures)
  'cap_dropped_rps', //   requests dropped because the simulation's memory caps were full (src/sim/limits.ts)
] as const;

/**
 * The paper's states, classified per frame from metrics alone (no code path knows what a trigger
 * "should" do): stable (load below hidden capacity), vulnerable (healthy, but above it), triggered
 * (a trigger is in force), metastable (failing with no trigger in force), recovering (climbing back),
 * overloaded (load above advertised capacity: failing without any trigger), degraded (serving nearly
 * everyone, but slower than the scenario's latency objective). New states go at the end: the `state`
 * column of every stored run keeps its indices.
 */
export const STATE_NAMES = ['stable', 'vulnerable', 'triggered', 'metastable', 'recovering', 'overloaded', 'degraded'] as const;
export type StateName = (typeof STATE_NAMES)[number];

export type MetricName = (typeof METRIC_NAMES)[number];
export const METRIC_COUNT = METRIC_NAMES.length;

/** Column index of each metric: `M.goodput_rps` → 4. */
export const M = Object.fromEntries(METRIC_NAMES.map((n, i) => [n, i])) as { readonly [K in MetricName]: number };
