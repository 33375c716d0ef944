/**
 * Why an attempt failed, and the database's admission outcomes. The reason decides what the
 * attempt's request does next (retry, honour Retry-After, count a timeout) and which total it ends in.
 */

/** The database took the query (it is served or queued). */
export const ADMITTED = -1;
export const TIMED_OUT = 0;
/** Refused: a full queue, a crashed or erroring tier. */
export const REJECTED = 1;
/** Shed by load shedding (queue delay, concurrency, CoDel, a tier's queue-age limit). */
export const SHED = 2;
/** Failed fast by an open circuit breaker (never retried). */
export const BREAKER = 3;
/** Refused because a memory cap of the simulation is full (limits.ts): the request is dropped. */
export const CAP_DROPPED = 4;
