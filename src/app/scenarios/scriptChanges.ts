/**
 * The edits the script track makes to a scenario's events: add, remove, replace (keeping time
 * order), and the time a drag or an arrow key lands on. Apart from the event form's kinds and parser
 * (scriptEdits.ts), so the track on first paint does not carry them.
 */
import type { Scenario, ScenarioEvent } from '../../sim/scenario';
import { insertEvent } from '../store/liveScript';

export const addEvent = (s: Scenario, ev: ScenarioEvent): Scenario => ({ ...s, events: insertEvent(s.events, ev) });

export function removeEvent(s: Scenario, index: number): Scenario {
  return { ...s, events: s.events.filter((_, i) => i !== index) };
}

/**
 * Replaces event `index` and keeps the script in time order. At the same time it keeps its place
 * among the events at that time (their order is the order they act in); moved, it goes after those
 * already at its new time, as an added event does.
 */
export function replaceEvent(s: Scenario, index: number, ev: ScenarioEvent): Scenario {
  if (s.events[index]?.atS === ev.atS) return { ...s, events: s.events.map((e, i) => (i === index ? ev : e)) };
  return addEvent(removeEvent(s, index), ev);
}

/** A time clamped to the run and rounded to a tenth of a second: what dragging and arrow keys produce. */
export function clampTime(atS: number, durationS: number): number {
  return Math.min(durationS, Math.max(0, Math.round(atS * 10) / 10));
}
