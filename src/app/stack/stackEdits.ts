/**
 * Structural edits of the stack: add, remove and reorder tiers. The core builds its tiers once, at
 * the start of a run, so a structural change cannot happen mid-run: it rewrites the scenario document
 * (live changes recorded so far included) and the lab restarts the run from 0 s. Each edit goes
 * through the scenario parser, so the result is exactly what a link or a file may hold.
 */
import { parseScenario } from '../../sim/parseScenario';
import type { Scenario, ScenarioEvent } from '../../sim/scenario';
import { defaultTier, MAX_TIERS, type Tier } from '../../sim/stackSchema';

export type StackEdit = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** Names offered for new tiers, in the order the request path usually meets them. */
const SERVICE_NAMES = ['web', 'api', 'app', 'auth', 'svc'];
const CACHE_NAMES = ['edge', 'local', 'near'];

/** The first free name for a new tier of `kind` (`svc5`, `svc6`… once the usual ones are taken). */
export function freeTierName(stack: readonly Tier[], kind: Tier['kind']): string {
  const taken = new Set(stack.map((t) => t.name));
  const wanted = kind === 'service' ? SERVICE_NAMES : CACHE_NAMES;
  const named = wanted.find((n) => !taken.has(n));
  if (named) return named;
  for (let i = 2; ; i++) if (!taken.has(`${wanted[0]}${i}`)) return `${wanted[0]}${i}`;
}

function rewrite(scenario: Scenario, stack: Tier[], events: readonly ScenarioEvent[]): StackEdit {
  const parsed = parseScenario({ ...scenario, version: 2, stack, events });
  if (parsed.errors.length > 0) return { ok: false, error: parsed.errors.map((e) => e.message).join('; ') };
  return { ok: true, scenario: parsed.value };
}

/** Adds a tier with every field at its default, at the bottom of the path (just above the cache). */
export function addTier(scenario: Scenario, kind: Tier['kind']): StackEdit {
  const stack = scenario.stack ?? [];
  if (stack.length >= MAX_TIERS) return { ok: false, error: `The stack holds up to ${MAX_TIERS} tiers; remove one first.` };
  return rewrite(scenario, [...stack, defaultTier(kind, freeTierName(stack, kind))], scenario.events);
}

/** Removes a tier and the scripted faults and changes that name it (they would address nothing). */
export function removeTier(scenario: Scenario, name: string): StackEdit {
  const stack = scenario.stack ?? [];
  if (!stack.some((t) => t.name === name)) return { ok: false, error: `There is no tier "${name}" to remove.` };
  const events = scenario.events.filter((e) => !((e.type === 'tier-fault' || e.type === 'tier-set') && e.tier === name));
  return rewrite(
    scenario,
    stack.filter((t) => t.name !== name),
    events,
  );
}

/** Moves a tier one place up (toward the users, −1) or down (toward the cache, +1). */
export function moveTier(scenario: Scenario, name: string, by: -1 | 1): StackEdit {
  const stack = [...(scenario.stack ?? [])];
  const from = stack.findIndex((t) => t.name === name);
  const to = from + by;
  if (from < 0 || to < 0 || to >= stack.length) return { ok: false, error: `"${name}" cannot move ${by < 0 ? 'up' : 'down'} any further.` };
  [stack[from], stack[to]] = [stack[to], stack[from]];
  return rewrite(scenario, stack, scenario.events);
}
