/**
 * Parses the stack of tiers and a `tier-set` event's changes at the edge, with the
 * same contract as ./parseScenario: a problem is reported with field, value and what is allowed, and
 * what cannot be used is dropped (a bad tier is left out, a bad field keeps its default).
 */
import type { FieldSpec } from './schema';
import { CACHE_TIER_FIELDS, MAX_INSTANCES, MAX_TIERS, SERVICE_TIER_FIELDS, TIER_KINDS, TIER_NAME, type Tier } from './stackSchema';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => {
  const s = typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v) ?? v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
};

/** A problem found, as ./parseScenario reports it (declared here: parseScenario imports this file). */
interface ScenarioIssue {
  path: string;
  message: string;
}

type Check = (spec: FieldSpec, v: unknown) => { ok: true; value: unknown } | { ok: false; message: string };

export function tierFields(kind: Tier['kind']): Record<string, FieldSpec> {
  return kind === 'service' ? SERVICE_TIER_FIELDS : CACHE_TIER_FIELDS;
}

/** Parses `stack`: a list of tiers with unique names. */
export function parseStack(input: unknown, check: Check, errors: ScenarioIssue[]): Tier[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    errors.push({ path: 'stack', message: `stack: ${show(input)} is not a list of tiers` });
    return [];
  }
  if (input.length > MAX_TIERS) {
    errors.push({ path: 'stack', message: `stack: ${input.length} tiers is too many (allowed: up to ${MAX_TIERS})` });
    return [];
  }
  const tiers: Tier[] = [];
  input.forEach((raw, i) => {
    const path = `stack[${i}]`;
    if (!isRecord(raw)) return errors.push({ path, message: `${path}: ${show(raw)} is not a tier object` });
    const kind = raw.kind;
    if (typeof kind !== 'string' || !(TIER_KINDS as readonly string[]).includes(kind)) {
      return errors.push({ path: `${path}.kind`, message: `${path}.kind: ${show(kind)} is not one of ${TIER_KINDS.map((k) => `"${k}"`).join(', ')}` });
    }
    const name = raw.name;
    if (typeof name !== 'string' || !TIER_NAME.test(name)) {
      return errors.push({
        path: `${path}.name`,
        message: `${path}.name: ${show(name)} is not a tier name (allowed: a lowercase letter, then up to 15 lowercase letters or digits)`,
      });
    }
    if (tiers.some((t) => t.name === name))
      return errors.push({ path: `${path}.name`, message: `${path}.name: "${name}" is already the name of another tier (names must be unique)` });
    const specs = tierFields(kind as Tier['kind']);
    const tier: Record<string, unknown> = { kind, name };
    for (const [k, s] of Object.entries(specs)) tier[k] = s.default;
    for (const [k, v] of Object.entries(raw)) {
      if (k === 'kind' || k === 'name') continue;
      const spec = Object.prototype.hasOwnProperty.call(specs, k) ? specs[k] : undefined;
      if (!spec) {
        errors.push({ path: `${path}.${k}`, message: `${path}.${k}: unknown field for a ${kind} tier (known: kind, name, ${Object.keys(specs).join(', ')})` });
        continue;
      }
      const r = check(spec, v);
      if (r.ok) tier[k] = r.value;
      else errors.push({ path: `${path}.${k}`, message: `${path}.${k}: ${r.message}` });
    }
    tiers.push(tier as Tier);
  });
  return tiers;
}

/**
 * The stack as scripted events may address it: a service tier's instances are the most it reaches
 * through any `tier-set` of the script, so a fault on an instance added live (and recorded into the
 * script) replays. Faults on instances beyond those in force at the time act on nothing.
 */
export function stackForEvents(stack: readonly Tier[], events: unknown): Tier[] {
  if (!Array.isArray(events)) return [...stack];
  return stack.map((t) => {
    if (t.kind !== 'service') return t;
    let instances = t.instances;
    for (const e of events) {
      if (!isRecord(e) || e.type !== 'tier-set' || e.tier !== t.name || !isRecord(e.changes)) continue;
      const n = e.changes.instances;
      if (typeof n === 'number' && Number.isInteger(n) && n > instances && n <= MAX_INSTANCES) instances = n;
    }
    return instances === t.instances ? t : { ...t, instances };
  });
}

/** Parses the `changes` of a `tier-set` event on `tier`: fields of its kind, each checked. */
export function parseTierChanges(input: unknown, path: string, tier: Tier, check: Check, errors: ScenarioIssue[]): Record<string, number | string | boolean> {
  const changes: Record<string, number | string | boolean> = {};
  if (!isRecord(input)) {
    errors.push({ path, message: `${path}: ${show(input)} is not an object of ${tier.kind} tier fields` });
    return changes;
  }
  const specs = tierFields(tier.kind);
  for (const [k, v] of Object.entries(input)) {
    const spec = Object.prototype.hasOwnProperty.call(specs, k) ? specs[k] : undefined;
    if (!spec) {
      errors.push({ path: `${path}.${k}`, message: `${path}.${k}: unknown field for a ${tier.kind} tier (known: ${Object.keys(specs).join(', ')})` });
      continue;
    }
    const r = check(spec, v);
    if (r.ok) changes[k] = r.value as number | string | boolean;
    else errors.push({ path: `${path}.${k}`, message: `${path}.${k}: ${r.message}` });
  }
  return changes;
}
