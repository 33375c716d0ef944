/**
 * The scenario a map sweeps, derived from the lab's scenario and the chosen axes. Each cell is "a run
 * from the healthy state with that trigger", so a trigger axis needs exactly one trigger of its kind
 * at events[0]; a parameter axis keeps the scenario's own trigger (a whole-cache flush is added when
 * there is none); the shedding axis needs queue-delay shedding on.
 *
 * The result goes into the map's share link, so a link carries the swept scenario itself and
 * preparing it again changes nothing (idempotent): opening the link recomputes the same map.
 */
import type { Axis } from '../../map';
import type { Scenario, ScenarioEvent } from '../../sim/scenario';
import type { AxisChoice } from './axisChoices';

/** An axis as picked: which choice, over which range. */
export interface AxisPick {
  choice: AxisChoice;
  axis: Axis;
}

export interface Swept {
  scenario: Scenario;
  /** What was changed and why, for the page to say. */
  notes: string[];
}

/** When an added trigger fires: early enough to leave room to judge, late enough to start warm. */
export function triggerTimeS(s: Scenario): number {
  const first = s.events[0]?.atS;
  if (first !== undefined && first >= 10 && first <= s.durationS / 2) return first;
  return Math.round(Math.min(60, s.durationS / 4));
}

/**
 * A new trigger of `kind`. Its size is the middle of the axis: every cell overwrites it, but it stays
 * meaningful when the user later sweeps parameters against this trigger.
 */
function triggerEvent(kind: NonNullable<AxisChoice['trigger']>, atS: number, axis: Axis): ScenarioEvent {
  const mid = Math.round((axis.from + axis.to) / 2);
  if (kind === 'flush') return { atS, type: 'flush', hottest: Math.max(1, mid) };
  if (kind === 'outage') return { atS, type: 'outage', forS: mid };
  return { atS, type: 'db-slowdown', factor: 5, forS: mid };
}

/** The trigger in words, e.g. "a flush of the 700 hottest keys at 150 s". */
export function describeTrigger(e: ScenarioEvent): string {
  const what =
    e.type === 'flush'
      ? e.hottest === undefined
        ? 'a flush of the whole cache'
        : `a flush of the ${e.hottest.toLocaleString('en-US')} hottest keys`
      : e.type === 'outage'
        ? `a ${e.forS} s database outage`
        : e.type === 'db-slowdown'
          ? `a ${e.forS} s database slowdown (×${e.factor})`
          : e.type === 'spike'
            ? `a ${e.forS} s load spike (×${e.factor})`
            : `a ${e.type} event`;
  return `${what} at ${e.atS} s`;
}

/** Prepares `base` for a map over `picks` (x and y). Throws when both axes are triggers. */
export function sweptScenario(base: Scenario, picks: readonly AxisPick[]): Swept {
  const triggers = picks.filter((p) => p.choice.trigger);
  if (triggers.length > 1) throw new Error('Pick at most one trigger axis: each cell runs a single trigger.');
  const notes: string[] = [];
  let s = base;
  const kind = triggers[0]?.choice.trigger;
  if (kind) {
    const first = s.events[0];
    // Already prepared (e.g. opened from a map link): keep the event, its time and its other sizes.
    if (!(s.events.length === 1 && first.type === kind && (kind !== 'flush' || (first.type === 'flush' && first.hottest !== undefined)))) {
      const ev = triggerEvent(kind, triggerTimeS(s), triggers[0].axis);
      s = { ...s, events: [ev] };
      notes.push(
        `Each cell runs one trigger of this kind at ${ev.atS} s, sized by the axis${base.events.length ? ' (the scenario’s own events are left out)' : ''}.`,
      );
    }
  } else if (s.events.length === 0) {
    const ev: ScenarioEvent = { atS: triggerTimeS(s), type: 'flush' };
    s = { ...s, events: [ev] };
    notes.push(`The scenario has no trigger, so each cell gets ${describeTrigger(ev)}.`);
  }
  if (picks.some((p) => p.choice.path === 'shedding.maxQueueDelayMs') && s.shedding.mode !== 'queue-delay') {
    s = { ...s, shedding: { ...s.shedding, mode: 'queue-delay' } };
    notes.push('Load shedding on queue delay is switched on, so its threshold has an effect.');
  }
  return { scenario: s, notes };
}
