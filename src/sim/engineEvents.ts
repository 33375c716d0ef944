/**
 * Every kind of event the engine's heap holds, in one place. An event is a kind and two integer
 * arguments (named beside each kind); the event loop in ./simulation dispatches on the kind with a
 * `switch` that must name every kind here (EngineEventKind), or it does not compile.
 */

/** A closed-loop client has finished thinking: it asks again. */
export const CLIENT_WAKE = 2;
/** A request's backoff is over: a = request, b = its generation when it went to sleep. */
export const RETRY = 3;
/** The database answers a query: a = query. */
export const DB_DONE = 5;
/** An interval ends: a metric frame is written. */
export const FRAME = 6;
/** A scripted trigger is due: a = index into scenario.events. */
export const SCRIPT = 7;
/** A timed effect (spike, db-slowdown, outage) ends: a = effect id. */
export const EFFECT_END = 8;
/** The cache warmer prefills one key: a = warm-up generation. */
export const WARMUP = 9;
/** The hit-rate canary checks a deploy: a = the deploy generation it belongs to. */
export const CANARY = 10;
/** A tier's call has done its own work: a = call, b = call generation. */
export const WORK_DONE = 20;
/** A tier fault ends: a = fault id. */
export const TIER_FAULT_END = 21;

export type EngineEventKind =
  | typeof CLIENT_WAKE
  | typeof RETRY
  | typeof DB_DONE
  | typeof FRAME
  | typeof SCRIPT
  | typeof EFFECT_END
  | typeof WARMUP
  | typeof CANARY
  | typeof WORK_DONE
  | typeof TIER_FAULT_END;
