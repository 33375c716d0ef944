/**
 * Validates an untrusted live command at the worker's edge with the scenario parser's own rules,
 * so a live change can do exactly what a scripted event can, and nothing else. Tier commands
 * (`tier-fault`, `tier-set`) are checked against the stack as it stands now: a tier grown live to
 * eight instances can have its seventh crashed.
 */
import { parseEvent } from '../sim/parseScenario';
import type { Scenario, Trigger } from '../sim/scenario';
import type { Tier } from '../sim/stackSchema';

export type Validated = { ok: true; trigger: Trigger } | { ok: false; errors: string[] };

/** `stack`: the running simulation's tiers with the knobs in force (default: the scenario's own). */
export function validateTrigger(input: unknown, scenario: Scenario, stack: readonly Tier[] = scenario.stack ?? []): Validated {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['command: expected an object such as {"type":"flush"}'] };
  }
  const errors: { path: string; message: string }[] = [];
  const raw = input as Record<string, unknown>;
  // A command on a tier of the stack names its problems after the tier ("app.instance: 4 is out of range…").
  const onTier = (raw.type === 'tier-fault' || raw.type === 'tier-set') && stack.some((t) => t.name === raw.tier);
  const path = onTier ? String(raw.tier) : 'command';
  // A live command happens "now": give it atS 0 so the time check passes, then drop it.
  const event = parseEvent({ ...raw, atS: 0 }, path, scenario.durationS, scenario.workload.keys, errors, stack);
  if (!event || errors.length > 0) return { ok: false, errors: errors.map((e) => e.message) };
  if ((event.type === 'set' || event.type === 'tier-set') && Object.keys(event.changes).length === 0) {
    return { ok: false, errors: [`${path}.changes: nothing to change`] };
  }
  const { atS: _atS, ...trigger } = event;
  return { ok: true, trigger: trigger as Trigger };
}
