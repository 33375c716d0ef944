/**
 * Live changes become part of the script. A flush or a slider move made while the run plays is
 * recorded as a scripted event at the simulated time it took effect, so the share link replays the
 * run you watched — "everyone sees the same run" — instead of starting from the final parameters,
 * which would be a different run. The timeline editor shows these events like any other.
 */
import type { Mark } from '../../sim/api';
import { MAX_EVENTS } from '../../sim/schema';
import type { Scenario, ScenarioEvent } from '../../sim/scenario';

/**
 * The scripted time (seconds) that replays a live command the simulation marked at `tS`. The worker
 * applies live commands at odd multiples of 1/1024 s (src/worker/liveTime.ts), where `tS × 1000`
 * gives the millisecond back exactly and no other event sits: a scripted event there is the same
 * run, bit for bit.
 */
export function scriptTimeOf(tS: number): number {
  return tS;
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
    const atS = scriptTimeOf(m.tS);
    // At the end nothing more is simulated, so nothing is lost by leaving it out.
    if (atS >= scenario.durationS || events.length >= MAX_EVENTS) {
      dropped++;
      continue;
    }
    events = insertEvent(events, { ...m.trigger, atS } as ScenarioEvent);
  }
  return { scenario: events === scenario.events ? scenario : { ...scenario, events }, dropped };
}
