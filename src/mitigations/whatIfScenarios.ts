/**
 * The runs behind "what would have saved us", for any scenario: the incident's trigger, and the same
 * scenario (same seed, same scripted events) with one mitigation switched on from the start or at a
 * given simulated second. Pure and synchronous; ./whatIf.ts runs them.
 */
import { INCIDENT_TRIGGER_TYPES } from '../sim/eventSchema';
import { applyPatch } from '../sim/parseScenario';
import type { Params, ParamsPatch, Scenario, ScenarioEvent } from '../sim/scenario';

/**
 * The first scripted event that starts an incident (a trigger in the event table, src/sim/eventSchema.ts:
 * a `set`, a rollback or a seed is an operator's change); undefined when the script has none.
 */
export function incidentTrigger(s: Scenario): ScenarioEvent | undefined {
  return s.events.find((e) => INCIDENT_TRIGGER_TYPES.has(e.type));
}

/** The parameters alone (what a patch can change), for comparing two scenarios' settings. */
const paramsOf = (p: Params) => JSON.stringify([p.workload, p.cache, p.db, p.client, p.shedding]);

/** Whether switching `patch` on changes nothing at the start: the mitigation is already on. */
export function alreadyOn(s: Scenario, patch: ParamsPatch): boolean {
  return paramsOf(applyPatch(s, patch)) === paramsOf(s);
}

/**
 * `s` with `patch` in force from `fromS` on (0 = from the start). A scripted `set` later in the run
 * could switch the mitigation off again (an operator's slider move recorded in the script), so the
 * patch is applied again after each one: the only difference from `s` stays the mitigation.
 */
export function withPatchFrom(s: Scenario, patch: ParamsPatch, fromS: number): Scenario {
  const start = fromS <= 0 ? applyPatch(s, patch) : s;
  const events: ScenarioEvent[] = [];
  let placed = fromS <= 0;
  for (const e of s.events) {
    // After every event at the same time, as the parser orders them.
    if (!placed && e.atS > fromS) {
      events.push({ atS: fromS, type: 'set', changes: patch });
      placed = true;
    }
    events.push(e);
    if (e.type === 'set' && e.atS >= fromS) events.push({ atS: e.atS, type: 'set', changes: patch });
  }
  if (!placed && fromS < s.durationS) events.push({ atS: fromS, type: 'set', changes: patch });
  return { ...start, events };
}
