/**
 * The phases a postmortem names, read off the frames: runs of one state long enough to be a phase
 * of the incident (a few seconds of "recovering" inside a long failure are not a phase), and the
 * moment the system had really recovered — goodput back and the database backlog drained, not
 * merely goodput back while a queue of a thousand queries is still being worked off.
 */
import { METRIC_COUNT, M, STATE_NAMES, type StateName } from '../sim/metrics';

/** A state run shorter than this (s) is folded into the phase before it. */
export const MIN_PHASE_S = 20;
/** Seconds that goodput and the queue must stay back to normal for the system to count as recovered. */
export const SETTLED_FOR_S = 10;
/** Share of new demand that goodput must reach for the system to count as recovered. */
export const RECOVERED_SHARE = 0.95;

export interface Phase {
  state: StateName;
  /** Simulated seconds at the end of the phase's first frame (the time the lab shows for that frame). */
  atS: number;
  /** Row of the phase's first frame. */
  row: number;
}

/**
 * Phases of a run, in order. `triggered` is always kept (its length is the trigger's own), and the
 * last run is kept however short, because the run ended in it.
 */
export function statePhases(frames: Float64Array, intervalS: number): Phase[] {
  const rows = frames.length / METRIC_COUNT;
  const runs: (Phase & { lengthS: number })[] = [];
  for (let r = 0; r < rows; r++) {
    const state = STATE_NAMES[frames[r * METRIC_COUNT + M.state]];
    const last = runs[runs.length - 1];
    if (last && last.state === state) last.lengthS += intervalS;
    else runs.push({ state, atS: frames[r * METRIC_COUNT + M.t_s], row: r, lengthS: intervalS });
  }
  const phases: (Phase & { lengthS: number })[] = [];
  runs.forEach((run, k) => {
    const prev = phases[phases.length - 1];
    const isLast = k === runs.length - 1;
    if (prev && run.lengthS < MIN_PHASE_S && run.state !== 'triggered' && !isLast) prev.lengthS += run.lengthS;
    else if (prev && prev.state === run.state) prev.lengthS += run.lengthS;
    else phases.push({ ...run });
  });
  return phases.map(({ state, atS, row }) => ({ state, atS, row }));
}

/**
 * The first time at or after `fromS` from which, for SETTLED_FOR_S seconds, goodput is at least
 * RECOVERED_SHARE of new demand and the database queue is no longer than it was in the minute
 * before the trigger (or than the worker count, whichever is more); undefined when that never happens.
 */
export function settledAtS(frames: Float64Array, intervalS: number, triggerS: number, fromS: number, workers: number): number | undefined {
  const rows = frames.length / METRIC_COUNT;
  const at = (r: number, m: number) => frames[r * METRIC_COUNT + m];
  let normalQueue = workers;
  for (let r = 0; r < rows && at(r, M.t_s) <= triggerS; r++) if (at(r, M.t_s) > triggerS - 60) normalQueue = Math.max(normalQueue, at(r, M.queue_depth));
  let since: number | undefined;
  for (let r = 0; r < rows; r++) {
    const t = at(r, M.t_s);
    if (t < fromS) continue;
    const first = at(r, M.first_rps);
    const ok = (first <= 0 || at(r, M.goodput_rps) >= RECOVERED_SHARE * first) && at(r, M.queue_depth) <= normalQueue;
    if (!ok) since = undefined;
    else {
      since ??= t - intervalS;
      if (t - since >= SETTLED_FOR_S) return since;
    }
  }
  return undefined;
}
