/**
 * Knowing when a Web Worker has stopped answering. lifeline.ts tells the page a worker has died; a
 * worker stuck in an endless loop is alive, holds its lock, and simply never answers again. So the
 * page bounds how long it waits: every call it waits on gets a bound (derived by the caller from
 * how much work the call is), and a call still unanswered past it means the worker is stuck.
 *
 * Page side only; the bound is the caller's business (it knows the work), this module only keeps
 * time. Timers are injectable so tests can drive them.
 */

export interface WatchTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: WatchTimers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Passes `call` through unchanged; calls `onSilent` once if it has not settled within `boundMs`.
 * (The call itself is not cancelled: the caller replaces the worker, and its answer, should it
 * ever come, is the caller's to ignore.)
 */
export function answerWithin<T>(call: Promise<T>, boundMs: number, onSilent: () => void, timers: WatchTimers = realTimers): Promise<T> {
  const timer = timers.setTimeout(onSilent, boundMs);
  const settle = () => timers.clearTimeout(timer);
  call.then(settle, settle);
  return call;
}

/**
 * A heartbeat for a worker that works on its own between calls (the lab's run loop): every
 * `everyMs` it asks `ping` (a cheap call the worker answers between slices of work), one ask at a
 * time, and calls `onStuck` once when an answer takes longer than `boundMs()` (asked anew each time,
 * as the work in hand changes). Returns a function that stops it.
 */
export function watchHeartbeat(
  ping: () => Promise<unknown>,
  boundMs: () => number,
  onStuck: () => void,
  everyMs = 2000,
  timers: WatchTimers = realTimers,
): () => void {
  let stopped = false;
  let next: unknown = null;
  const beat = () => {
    next = null;
    if (stopped) return;
    let silent = false;
    answerWithin(
      ping(),
      boundMs(),
      () => {
        silent = true;
        if (!stopped) {
          stopped = true;
          onStuck();
        }
      },
      timers,
    ).then(
      () => {
        if (!stopped && !silent) next = timers.setTimeout(beat, everyMs);
      },
      () => {
        // A refused ping is an answer (a failed call is reported where it failed).
        if (!stopped && !silent) next = timers.setTimeout(beat, everyMs);
      },
    );
  };
  next = timers.setTimeout(beat, everyMs);
  return () => {
    stopped = true;
    if (next !== null) timers.clearTimeout(next);
  };
}
