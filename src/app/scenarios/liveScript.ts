/**
 * Live changes become part of the script. A flush or a slider move made while the run plays is
 * recorded as a scripted event at the simulated time it took effect, so the share link replays the
 * run you watched — "everyone sees the same run" — instead of starting from the final parameters,
 * which would be a different run. The timeline editor shows these events like any other.
 */
import type { Mark } from '../../sim/api';
import { MAX_EVENTS } from '../../sim/schema';
import type { Scenario, ScenarioEvent } from '../../sim/scenario';

/** The double right after `x` (x ≥ 0, finite). */
function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  buf.setBigUint64(0, buf.getBigUint64(0) + 1n);
  return buf.getFloat64(0);
}

/**
 * The scripted time (seconds) that replays a live command applied at simulated time `tS`.
 *
 * The worker applied it at `now` ms after every event due at or before `now`; a scripted event at
 * exactly that time would run *before* the events sharing its timestamp (its sequence number is
 * older), and `tS × 1000` may not even give `now` back. So we return the smallest time whose
 * millisecond value the core computes (`atS × 1000`) lies strictly after every `now` that the mark
 * could have come from: nothing can happen in between, and the replay is the same run bit for bit.
 */
export function scriptTimeAfter(tS: number): number {
  // Every ms value that prints as tS when divided by 1000 is within a few ulps of tS × 1000.
  let latest = tS * 1000;
  for (let x = nextUp(latest), i = 0; i < 8; x = nextUp(x), i++) if (x / 1000 === tS) latest = x;
  let atS = tS;
  while (atS * 1000 <= latest) atS = nextUp(atS);
  return atS;
}

/** Inserts an event after every event at the same or an earlier time (parseScenario's stable order). */
export function insertEvent(events: readonly ScenarioEvent[], ev: ScenarioEvent): ScenarioEvent[] {
  let i = events.length;
  while (i > 0 && events[i - 1].atS > ev.atS) i--;
  return [...events.slice(0, i), ev, ...events.slice(i)];
}

export interface Recorded {
  scenario: Scenario;
  /** Live marks that could not be recorded (past the end, or the script is full). */
  dropped: number;
}

/** Adds the live marks of a batch to the script; returns the same scenario when there are none. */
export function recordLiveMarks(scenario: Scenario, marks: readonly Mark[]): Recorded {
  let events = scenario.events;
  let dropped = 0;
  for (const m of marks) {
    if (m.source !== 'live') continue;
    const atS = scriptTimeAfter(m.tS);
    // After the end nothing is simulated, so nothing is lost by leaving it out.
    if (atS > scenario.durationS || events.length >= MAX_EVENTS) {
      dropped++;
      continue;
    }
    events = insertEvent(events, { ...m.trigger, atS } as ScenarioEvent);
  }
  return { scenario: events === scenario.events ? scenario : { ...scenario, events }, dropped };
}
