/**
 * What one simulation may hold in memory, whatever its scenario says. A valid link can ask for a
 * million requests a second against one slow worker with an hour's timeout and a queue of ten
 * million: without a bound, the worker grows by gigabytes and the tab dies (issue 15). Once a run is
 * agreed to (src/sim/cost.ts asks first), these caps keep it under a few hundred MB: at a cap the
 * request is dropped, counted in the `cap_dropped_rps` column, never silently lost.
 *
 * The caps are far above anything a stored link, preset or golden run reaches (the largest holds a
 * few tens of thousands of requests), so they change no existing run. Bytes per entry are those of
 * the typed-array stores named; pools grow by doubling, so a cap just under a power of two keeps the
 * last doubling inside the budget.
 *
 * Worst case together, about 250 MB: requests 2^20 × 52 B = 55 MB (requestPool.ts), their retry and
 * timeout events 2^20 × 33 B + 2^21 × 24 B = 85 MB (eventHeap.ts, timeoutLanes.ts), queries 2^20 ×
 * 36 B = 38 MB (queryPool.ts), coalesced waiters 2^20 × 16 B = 17 MB (waiterPool.ts), with room for
 * the copy made while the last doubling happens. The key space (at most 10 million keys by the
 * schema, about 600 MB) is not capped here: its cost is known before the run and asked about. Nor
 * are metric frames: their number is fixed by durationS / intervalMs (at most 8.64 million, 2.5 GB,
 * for a day at 10 ms), counted by the estimate too, and the hosts take them as they go (the worker
 * every slice, the CLI every simulated minute, the lab's page keeping the last 50,000).
 */

/** Requests in flight (each a caller's operation, retries included); a new one is dropped beyond. */
export const MAX_REQUESTS_IN_FLIGHT = 1_000_000;

/** Queries waiting in the database's queue, whatever `db.queueLimit` allows; an attempt beyond is dropped. */
export const MAX_QUEUED_QUERIES = 1_000_000;

/** Callers waiting on another caller's query (coalescing); a miss that would join beyond is dropped. */
export const MAX_COALESCED_WAITERS = 1_000_000;

/**
 * Timeout deadlines kept before the ones nobody waits for any more are swept out. An attempt answered
 * early leaves its deadline behind (it is skipped when it comes due), so with an hour's timeout at a
 * high rate the deadlines, not the requests, would grow. Waiting attempts never exceed the request
 * cap (plus a stack's own calls), so a sweep always frees most of this.
 */
export const MAX_PENDING_TIMEOUTS = 2_000_000;
