/**
 * Decides a cell's outcome from its metric frames while it runs, so the run can stop as soon as the
 * outcome is certain. The judge reads only what an operator's dashboard shows — the frame `state`
 * column (see stateClassifier) and goodput against first attempts — never what a trigger "should" do.
 * The script tells it only *when* to look: the first trigger's time and the moment the last one ended.
 *
 * Definitions (frame = one metrics interval; share = goodput_rps / first_rps):
 * - healthy frame: state stable, vulnerable or degraded (serving demand, only slower than the latency
 *   objective: the map asks whether a run loses its users, not how fast it answers them), or state
 *   recovering with share ≥ STATE_HEALTHY_SHARE (0.9);
 * - failing frame: state metastable or overloaded, or recovering with share < 0.9 (never "triggered");
 * - never-healthy: some frame in the PRE_WINDOW_S seconds before the first trigger is not healthy.
 *   Decided when the first trigger's frame arrives.
 * - recovered: after the last trigger ended, healthy for `recoverHoldS` (30 s) in a row. recoverS is
 *   the start of that healthy stretch minus the end of the last trigger (0 if it never faltered).
 * - stuck: after the last trigger ended, failing for `stuckHoldS` (60 s) in a row with no upward
 *   trend (mean share of the second half of the window at most `flatRise` above the first half's).
 *   The trend guard keeps a slow but real climb from being called stuck.
 * - at the end of the run, undecided: recovered if the last frame is healthy, else stuck.
 */
import { M } from '../sim/metrics';
import { STATE_HEALTHY_SHARE, frameTable, goodputShare, type FrameColumns } from '../analysis/frames';
import { DEGRADED, METASTABLE, OVERLOADED, RECOVERING, STABLE, VULNERABLE } from '../sim/stateClassifier';
import type { Scenario } from '../sim/scenario';

export type Outcome = 'recovered' | 'stuck' | 'never-healthy';
export const OUTCOMES: readonly Outcome[] = ['recovered', 'stuck', 'never-healthy'];

export interface JudgeRules {
  recoverHoldS: number;
  stuckHoldS: number;
  flatRise: number;
}
export const DEFAULT_RULES: JudgeRules = { recoverHoldS: 30, stuckHoldS: 60, flatRise: 0.05 };

/** Seconds before the first trigger inspected for never-healthy. */
export const PRE_WINDOW_S = 20;
/** Frames averaged for the goodput share reported at the end. */
const FINAL_FRAMES = 10;

export interface Timing {
  /** Time of the first scripted event, s (Infinity: none). */
  firstTriggerS: number;
  /** When the last scripted event ended (atS + forS for spikes, slowdowns, outages), s. */
  quietFromS: number;
}

/** When to look, from the script's timing only (any event, including `set`, counts as a disturbance). */
export function triggerTiming(s: Scenario): Timing {
  let first = Infinity;
  let quiet = 0;
  for (const e of s.events) {
    first = Math.min(first, e.atS);
    quiet = Math.max(quiet, e.atS + ('forS' in e ? e.forS : 0));
  }
  return { firstTriggerS: first, quietFromS: Math.min(quiet, s.durationS) };
}

export interface Verdict {
  outcome: Outcome;
  /** Seconds from the end of the last trigger to the start of the healthy stretch (recovered only). */
  recoverS: number | null;
  /** Simulated time at which the outcome became certain, s. */
  decidedAtS: number;
  /** Mean goodput share over the last frames seen. */
  finalShare: number;
}

export class OutcomeJudge {
  private verdict: Verdict | null = null;
  private preUnhealthy = false;
  private healthyStart = -1;
  private healthyS = 0;
  private readonly failing: number[] = [];
  private readonly recent: number[] = [];
  private lastT = 0;
  private lastHealthy = true;

  constructor(
    private readonly timing: Timing,
    private readonly intervalS: number,
    private readonly rules: JudgeRules = DEFAULT_RULES,
  ) {}

  /** Feeds frames (rows × METRIC_COUNT); returns the verdict once certain, else null. */
  feed(frames: Float64Array): Verdict | null {
    const table = frameTable(frames);
    for (let i = 0; i < table.length && !this.verdict; i++) this.row(table, i);
    return this.verdict;
  }

  /** The verdict at the end of the run (or the one reached earlier). */
  finish(): Verdict {
    if (this.verdict) return this.verdict;
    const { firstTriggerS, quietFromS } = this.timing;
    const share = this.finalShare();
    if (this.lastT < firstTriggerS) {
      // No trigger happened: the run only says whether the system was healthy.
      return { outcome: this.preUnhealthy || !this.lastHealthy ? 'never-healthy' : 'recovered', recoverS: 0, decidedAtS: this.lastT, finalShare: share };
    }
    if (this.lastHealthy && this.healthyStart >= 0) {
      return { outcome: 'recovered', recoverS: Math.max(0, this.healthyStart - quietFromS), decidedAtS: this.lastT, finalShare: share };
    }
    return { outcome: 'stuck', recoverS: null, decidedAtS: this.lastT, finalShare: share };
  }

  private finalShare(): number {
    if (this.recent.length === 0) return 1;
    return this.recent.reduce((a, b) => a + b, 0) / this.recent.length;
  }

  private row(frames: FrameColumns, i: number): void {
    const t = frames.timeS(i);
    const share = goodputShare(frames, i);
    const state = frames.get(i, M.state);
    const healthy = state === STABLE || state === VULNERABLE || state === DEGRADED || (state === RECOVERING && share >= STATE_HEALTHY_SHARE);
    const failing = state === METASTABLE || state === OVERLOADED || (state === RECOVERING && share < STATE_HEALTHY_SHARE);
    this.lastT = t;
    this.lastHealthy = healthy;
    this.recent.push(share);
    if (this.recent.length > FINAL_FRAMES) this.recent.shift();
    const { firstTriggerS, quietFromS } = this.timing;
    const startS = t - this.intervalS;

    if (t < firstTriggerS) {
      // Frames wholly before the trigger; only the last PRE_WINDOW_S seconds count, so a cold start
      // that warms up before the trigger is healthy.
      if (t >= firstTriggerS - PRE_WINDOW_S && !healthy) this.preUnhealthy = true;
      return;
    }
    if (this.preUnhealthy) {
      this.decide('never-healthy', null, t);
      return;
    }
    // Frames that began before the last trigger ended say nothing about what follows it.
    if (startS < quietFromS - 1e-9) return;

    if (healthy) {
      if (this.healthyStart < 0) this.healthyStart = startS;
      this.healthyS += this.intervalS;
      if (this.healthyS >= this.rules.recoverHoldS - 1e-9) this.decide('recovered', Math.max(0, this.healthyStart - quietFromS), t);
    } else {
      this.healthyStart = -1;
      this.healthyS = 0;
    }

    if (!failing) {
      this.failing.length = 0;
      return;
    }
    this.failing.push(share);
    const need = Math.max(1, Math.round(this.rules.stuckHoldS / this.intervalS));
    if (this.failing.length > need) this.failing.shift();
    if (this.failing.length === need && this.flat()) this.decide('stuck', null, t);
  }

  /** No upward trend across the failing window (second half vs first half). */
  private flat(): boolean {
    const w = this.failing;
    const h = Math.floor(w.length / 2);
    if (h === 0) return true;
    let a = 0;
    let b = 0;
    for (let i = 0; i < h; i++) a += w[i];
    for (let i = w.length - h; i < w.length; i++) b += w[i];
    return (b - a) / h <= this.rules.flatRise;
  }

  private decide(outcome: Outcome, recoverS: number | null, t: number): void {
    this.verdict = { outcome, recoverS, decidedAtS: t, finalShare: this.finalShare() };
  }
}
