/**
 * Classifies each frame into the paper's states from metrics alone. The classifier sees what an
 * operator's dashboard sees (goodput against new demand, the latency of every request, whether a
 * trigger is in force, the capacities), never the scenario's script, so it cannot know what a trigger
 * "should" do.
 *
 * Goodput alone misses an incident that is slow for everyone but loses nobody (a cache that mostly
 * misses in front of a database that still keeps up): the run is healthy by goodput while users wait
 * seconds. So a healthy frame whose all-request p95 (failures counted at the moment their caller gave
 * up, never left out) stays above the scenario's latency objective is `degraded`, not stable.
 *
 * Hysteresis: a state holds until the evidence for the next one has persisted for HOLD_S seconds
 * of consecutive frames (the same candidate state every frame). Goodput in a metastable failure
 * wobbles from second to second, and a ribbon that flips Metastable ↔ Recovering each second tells
 * a room nothing. Three cases switch at once because they rest on facts, not noisy estimates:
 * entering Triggered (a trigger is in force or just ended), leaving Triggered (its GRACE_S window
 * already held the state), and the first frame of a run (nothing to hold yet).
 */
import { STATE_NAMES, type StateName } from './metrics';

const idx = (s: StateName) => STATE_NAMES.indexOf(s);
export const STABLE = idx('stable');
export const VULNERABLE = idx('vulnerable');
export const TRIGGERED = idx('triggered');
export const METASTABLE = idx('metastable');
export const RECOVERING = idx('recovering');
export const OVERLOADED = idx('overloaded');
export const DEGRADED = idx('degraded');

/** Goodput at or above this share of new demand counts as healthy. */
export const HEALTHY_SHARE = 0.9;
/** Seconds of health needed before a recovery counts as complete. */
export const SETTLE_S = 10;
/** Seconds after a trigger ends during which failure is still attributed to the trigger. */
export const GRACE_S = 10;
/** Rise of goodput share over the trend window that counts as recovering. */
const RISE = 0.05;
const TREND_FRAMES = 10;
/**
 * The latency objective in force: the scenario's own (`client.sloP95Ms`), else half the client
 * timeout: a request that takes half its timeout is one a user already calls slow, while a warm
 * system's tail (a few misses' worth) stays well below it.
 */
export function latencyObjectiveMs(sloP95Ms: number, timeoutMs: number): number {
  return sloP95Ms > 0 ? sloP95Ms : timeoutMs / 2;
}

/** Seconds over which the all-request p95 is smoothed: one frame's p95 rests on few requests. */
const LATENCY_SMOOTH_S = 5;

/** Seconds the evidence for a new state must persist, frame after frame, before the state changes. */
export const HOLD_S = 5;

export class StateClassifier {
  private state = STABLE;
  private healthyForS = 0;
  private sinceTriggerS = Infinity;
  private readonly shares = new Float64Array(TREND_FRAMES);
  private frames = 0;
  private smoothedShare = 1;
  /** Smoothed all-request p95, ms; NaN until a frame has seen a request end. */
  private smoothedP95Ms = NaN;
  /** The state the evidence currently points to, and for how long it has pointed there. */
  private candidate = -1;
  private candidateForS = 0;

  /**
   * @param demandRps new requests this frame (first attempts)
   * @param loadRps offered demand compared with capacities (configured rate, or measured in closed loop)
   * @param triggerInForce a spike, slowdown or outage is active
   * @param triggerFired a trigger (including an instantaneous flush) happened in this frame
   * @param p95AllMs p95 latency of every request that ended this frame (delivered, or failed when its
   *   caller gave up); NaN when none ended
   * @param objectiveMs the latency objective in force (see latencyObjectiveMs)
   */
  next(
    intervalS: number,
    demandRps: number,
    goodputRps: number,
    loadRps: number,
    hiddenRps: number,
    advertisedRps: number,
    triggerInForce: boolean,
    triggerFired: boolean,
    p95AllMs = NaN,
    objectiveMs = Infinity,
  ): number {
    // Smooth over a few seconds so one noisy frame does not flip the state.
    const share = demandRps > 0 ? Math.min(goodputRps / demandRps, 1.5) : 1;
    const alpha = Math.min(1, intervalS / 3);
    this.smoothedShare += alpha * (share - this.smoothedShare);
    const trendPast = this.shares[this.frames % TREND_FRAMES];
    const haveTrend = this.frames >= TREND_FRAMES;
    this.shares[this.frames % TREND_FRAMES] = this.smoothedShare;
    this.frames++;
    if (!Number.isNaN(p95AllMs)) {
      if (Number.isNaN(this.smoothedP95Ms)) this.smoothedP95Ms = p95AllMs;
      else this.smoothedP95Ms += Math.min(1, intervalS / LATENCY_SMOOTH_S) * (p95AllMs - this.smoothedP95Ms);
    }
    const slow = this.smoothedP95Ms > objectiveMs;

    if (triggerInForce || triggerFired) this.sinceTriggerS = 0;
    else this.sinceTriggerS += intervalS;
    const healthy = this.smoothedShare >= HEALTHY_SHARE;
    this.healthyForS = healthy ? this.healthyForS + intervalS : 0;
    const wasFailing = this.state === METASTABLE || this.state === RECOVERING || this.state === TRIGGERED || this.state === OVERLOADED;

    let next: number;
    if (triggerInForce) next = TRIGGERED;
    else if (healthy) {
      if (wasFailing && this.healthyForS < SETTLE_S) next = RECOVERING;
      else if (slow) next = DEGRADED;
      else next = loadRps <= hiddenRps ? STABLE : VULNERABLE;
    } else if (loadRps > advertisedRps) next = OVERLOADED;
    else if (haveTrend && this.smoothedShare - trendPast >= RISE) next = RECOVERING;
    else if (this.sinceTriggerS < GRACE_S) next = TRIGGERED;
    else next = METASTABLE;
    this.hold(next, intervalS, this.frames === 1 || next === TRIGGERED || this.state === TRIGGERED);
    return this.state;
  }

  /** Commits `next` once it has been the candidate for HOLD_S seconds, or at once when `now`. */
  private hold(next: number, intervalS: number, now: boolean): void {
    this.candidateForS = next === this.candidate ? this.candidateForS + intervalS : intervalS;
    this.candidate = next;
    if (now || next === this.state || this.candidateForS >= HOLD_S) this.state = next;
  }
}
