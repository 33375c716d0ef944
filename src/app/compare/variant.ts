/**
 * Run B of the compare view: the lab's scenario (same seed, same scripted events) plus the chosen
 * mitigations, from the start or from a chosen simulated time. Live commands sent to run A are
 * replayed on B at the same simulated time, and B's mitigations are put back after any live `set`,
 * so the only difference between the two runs is the mitigation. Pure, for tests.
 */
import type { Mark } from '../../sim/api';
import { applyPatch } from '../../sim/parseScenario';
import type { ParamsPatch, Scenario, Trigger } from '../../sim/scenario';
import { mitigationById } from '../../mitigations/catalog';
import { mergePatches } from '../mitigations/patches';

export interface ComparePlan {
  /** Catalogue ids switched on in B (later ones win where two turn the same field). */
  ids: readonly string[];
  /** Simulated second from which they are on; 0 = from the start. */
  fromS: number;
}

/** A live command of run A, to apply on run B at simulated time `atMs`. */
export interface TimedTrigger {
  atMs: number;
  trigger: Trigger;
}

export function planPatch(plan: ComparePlan): ParamsPatch {
  return mergePatches(plan.ids.map((id) => mitigationById(id)?.on ?? {}));
}

export function variantScenario(a: Scenario, plan: ComparePlan): Scenario {
  const patch = planPatch(plan);
  const title = `${a.title ?? 'Lab scenario'} + ${describePlan(plan)}`;
  if (plan.fromS <= 0) return { ...applyPatch(a, patch), title };
  // After any scripted event at the same time, as the parser orders them.
  const events = [...a.events];
  let i = events.length;
  while (i > 0 && events[i - 1].atS > plan.fromS) i--;
  events.splice(i, 0, { atS: plan.fromS, type: 'set', changes: patch });
  return { ...a, title, events };
}

/** Run A's live commands in B's terms: the same command at the same time, B's mitigations kept on after a `set`. */
export function triggersForB(marks: readonly Mark[], plan: ComparePlan): TimedTrigger[] {
  const patch = planPatch(plan);
  const out: TimedTrigger[] = [];
  for (const m of marks) {
    if (m.source !== 'live') continue;
    const atMs = m.tS * 1000;
    out.push({ atMs, trigger: m.trigger });
    if (m.trigger.type === 'set' && m.tS >= plan.fromS) out.push({ atMs, trigger: { type: 'set', changes: patch } });
  }
  return out;
}

/** "LIFO queue + Request coalescing from 5:00", for the legend. */
export function describePlan(plan: ComparePlan): string {
  const names = plan.ids.map((id) => mitigationById(id)?.label ?? id);
  const what = names.length === 0 ? 'nothing changed' : names.join(' + ');
  if (plan.fromS <= 0) return what;
  const m = Math.floor(plan.fromS / 60);
  const s = String(Math.floor(plan.fromS % 60)).padStart(2, '0');
  return `${what} from ${m}:${s}`;
}
