/**
 * Parses an untrusted scenario document at the edge. Always returns a usable scenario: an invalid
 * field keeps its default (or an invalid event is dropped), and each problem is reported with the
 * field's path, the offending value and what is allowed. Strict callers treat any error as fatal.
 */
import { CURRENT_VERSION, MAX_EVENTS, MAX_TITLE_CHARS, SECTIONS, SECTION_NAMES, TOP_LEVEL, type FieldSpec } from './schema';
import { readEventLabel } from './eventLabel';
import { EVENT_SCHEMA, EVENT_TYPES, eventKeys, type EventBound, type EventFieldSpec, type EventType } from './eventSchema';
import type { Params, ParamsPatch, Scenario, ScenarioEvent } from './scenario';
import { parseStack, parseTierChanges, stackForEvents } from './parseStack';
import { MAX_INSTANCES, type Tier } from './stackSchema';

export interface ScenarioIssue {
  /** Dotted path of the field, e.g. `db.workers` or `events[2].forS`. */
  path: string;
  message: string;
}

export interface Parsed<T> {
  value: T;
  errors: ScenarioIssue[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Short, inert rendering of a user value for messages (never longer than ~40 chars). */
export function describeValue(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

const rangeText = (spec: { min: number; max: number; unit?: string }) => `${spec.min} to ${spec.max}${spec.unit ? ` ${spec.unit}` : ''}`;

/** Checks one value against its spec; returns the value or an error message. */
export function checkField(spec: FieldSpec, v: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  switch (spec.kind) {
    case 'bool':
      return typeof v === 'boolean' ? { ok: true, value: v } : { ok: false, message: `${describeValue(v)} is not true or false` };
    case 'enum':
      return typeof v === 'string' && spec.values.includes(v)
        ? { ok: true, value: v }
        : { ok: false, message: `${describeValue(v)} is not one of ${spec.values.map((x) => `"${x}"`).join(', ')}` };
    case 'int':
    case 'number': {
      // JSON reads a number too large for a double (1e999) as Infinity, which JSON would write as null.
      if (v === Infinity || v === -Infinity)
        return {
          ok: false,
          message: `a number too large to hold (${v > 0 ? '' : '-'}1.8e308 or beyond, such as 1e999) is out of range (allowed: ${rangeText(spec)})`,
        };
      if (typeof v !== 'number' || !Number.isFinite(v)) return { ok: false, message: `${describeValue(v)} is not a number (allowed: ${rangeText(spec)})` };
      if (spec.kind === 'int' && !Number.isInteger(v)) return { ok: false, message: `${describeValue(v)} is not a whole number (allowed: ${rangeText(spec)})` };
      if (v < spec.min || v > spec.max) return { ok: false, message: `${describeValue(v)} is out of range (allowed: ${rangeText(spec)})` };
      return { ok: true, value: v };
    }
  }
}

function parseFields(specs: Record<string, FieldSpec>, input: unknown, path: string, errors: ScenarioIssue[], withDefaults: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (withDefaults) for (const [k, s] of Object.entries(specs)) out[k] = s.default;
  if (input === undefined) return out;
  if (!isRecord(input)) {
    errors.push({ path, message: `${path}: ${describeValue(input)} is not an object` });
    return out;
  }
  for (const [k, v] of Object.entries(input)) {
    const at = path ? `${path}.${k}` : k;
    const spec = Object.prototype.hasOwnProperty.call(specs, k) ? specs[k] : undefined;
    if (!spec) {
      errors.push({ path: at, message: `${at}: unknown field (known: ${Object.keys(specs).join(', ')})` });
      continue;
    }
    const r = checkField(spec, v);
    if (r.ok) out[k] = r.value;
    else errors.push({ path: at, message: `${at}: ${r.message}` });
  }
  return out;
}

/** Parses a partial change of parameters (a `set` event or a live command). */
export function parsePatch(input: unknown, path = 'changes'): Parsed<ParamsPatch> {
  const errors: ScenarioIssue[] = [];
  const patch: Record<string, unknown> = {};
  if (!isRecord(input)) {
    errors.push({ path, message: `${path}: ${describeValue(input)} is not an object of sections (${SECTION_NAMES.join(', ')})` });
    return { value: {}, errors };
  }
  for (const [section, fields] of Object.entries(input)) {
    const specs = Object.prototype.hasOwnProperty.call(SECTIONS, section) ? (SECTIONS as Record<string, Record<string, FieldSpec>>)[section] : undefined;
    if (!specs) {
      errors.push({ path: `${path}.${section}`, message: `${path}.${section}: cannot be changed mid-run (changeable: ${SECTION_NAMES.join(', ')})` });
      continue;
    }
    const parsed = parseFields(specs, fields, `${path}.${section}`, errors, false);
    if (Object.keys(parsed).length > 0) patch[section] = parsed;
  }
  return { value: patch as ParamsPatch, errors };
}

/** Returns new parameters with the patch applied (sections are shallow-copied). */
export function applyPatch<P extends Params>(params: P, patch: ParamsPatch): P {
  const next = { ...params };
  for (const s of SECTION_NAMES) {
    const p = patch[s];
    if (p) (next as Record<string, unknown>)[s] = { ...params[s], ...p };
  }
  return next;
}

/** A bound of the event table (./eventSchema) as a number, in this scenario (and for this tier). */
function bound(b: EventBound, durationS: number, keys: number, tier: Tier | undefined): number {
  if (typeof b === 'number') return b;
  if (b === 'durationS') return durationS;
  if (b === 'keys') return keys;
  return Math.min(tier?.kind === 'service' ? tier.instances - 1 : 0, MAX_INSTANCES - 1);
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Parses one scripted event, field by field as the event table (./eventSchema) gives them; returns
 * undefined (with errors) when it cannot be used. Every field is checked, a missing one is named with
 * its range, a field the table does not list for the type is named as unknown.
 */
export function parseEvent(
  input: unknown,
  path: string,
  durationS: number,
  keys: number,
  errors: ScenarioIssue[],
  stack: readonly Tier[] = [],
): ScenarioEvent | undefined {
  if (!isRecord(input)) {
    errors.push({ path, message: `${path}: ${describeValue(input)} is not an event object` });
    return undefined;
  }
  const type = input.type;
  if (typeof type !== 'string' || !hasOwn(EVENT_SCHEMA, type)) {
    errors.push({ path: `${path}.type`, message: `${path}.type: ${describeValue(type)} is not one of ${EVENT_TYPES.map((t) => `"${t}"`).join(', ')}` });
    return undefined;
  }
  const known = eventKeys(type as EventType);
  const before = errors.length;
  for (const k of Object.keys(input)) {
    if (!known.includes(k)) errors.push({ path: `${path}.${k}`, message: `${path}.${k}: unknown field for a "${type}" event (known: ${known.join(', ')})` });
  }
  const ev: Record<string, unknown> = { atS: 0, type };
  const fields: [string, EventFieldSpec][] = [['atS', { kind: 'number', min: 0, max: 'durationS' }], ...Object.entries(EVENT_SCHEMA[type as EventType].fields)];
  let tier: Tier | undefined;
  for (const [name, spec] of fields) {
    const at = `${path}.${name}`;
    const v = input[name];
    const fail = (message: string) => errors.push({ path: at, message: `${at}: ${message}` });
    switch (spec.kind) {
      case 'tier':
        tier = stack.find((t) => t.name === v);
        // The fields after it (instance, changes) are read against this tier: without it, stop.
        if (!tier) return (fail(`${describeValue(v)} is not a tier of the stack (tiers: ${stack.map((t) => t.name).join(', ') || 'none'})`), undefined);
        ev[name] = tier.name;
        break;
      case 'patch': {
        const p = parsePatch(v, at);
        errors.push(...p.errors);
        ev[name] = p.value;
        break;
      }
      case 'tier-patch':
        if (tier) ev[name] = parseTierChanges(v, at, tier, checkField, errors);
        break;
      case 'number-by': {
        const on = ev[spec.field];
        if (typeof on !== 'string') break; // that field failed, and was named
        const range = hasOwn(spec.ranges, on) ? spec.ranges[on] : undefined;
        const takers = Object.keys(spec.ranges).map((k) => `"${k}"`);
        if (!range) {
          if (v !== undefined) fail(`only a ${takers.join(', ')} ${spec.field} takes a ${name}, not a "${on}" one`);
          break;
        }
        if (v === undefined) {
          fail(`is missing for a "${on}" ${spec.field} (allowed: ${rangeText(range)})`);
          break;
        }
        const r = checkField({ kind: 'number', ...range, default: range.min }, v);
        if (r.ok) ev[name] = r.value;
        else fail(r.message);
        break;
      }
      case 'enum':
      case 'int':
      case 'number': {
        if (v === undefined) {
          if ('default' in spec && spec.default !== undefined) ev[name] = spec.default;
          else if (!spec.optional)
            fail(`is missing (allowed: ${spec.kind === 'enum' ? spec.values.map((x) => `"${x}"`).join(', ') : rangeText(bounds(spec))})`);
          break;
        }
        const r = checkField(
          spec.kind === 'enum' ? { kind: 'enum', values: spec.values, default: spec.values[0] } : { ...bounds(spec), kind: spec.kind, default: 0 },
          v,
        );
        if (r.ok) ev[name] = r.value;
        else fail(r.message);
        break;
      }
    }
  }
  function bounds(spec: { min: EventBound; max: EventBound; unit?: string }) {
    return { min: bound(spec.min, durationS, keys, tier), max: bound(spec.max, durationS, keys, tier), unit: spec.unit };
  }
  if (errors.length !== before) return undefined;
  if (input.label === undefined) return ev as ScenarioEvent;
  const read = readEventLabel(input.label, `${path}.label`);
  if (read.problem) errors.push({ path: `${path}.label`, message: read.problem });
  if (read.rejected) return undefined;
  return (read.label === undefined ? ev : { ...ev, label: read.label }) as ScenarioEvent;
}

const TOP_KEYS = ['version', 'title', 'seed', 'durationS', 'intervalMs', 'events', 'stack', ...SECTION_NAMES];

/** Parses a whole scenario document (already decoded from JSON). */
export function parseScenario(input: unknown): Parsed<Scenario> {
  const errors: ScenarioIssue[] = [];
  const doc = isRecord(input) ? input : {};
  if (!isRecord(input)) errors.push({ path: '', message: `the scenario must be a JSON object, not ${describeValue(input)}` });

  if (typeof doc.version === 'number' && Number.isInteger(doc.version) && doc.version > CURRENT_VERSION) {
    errors.push({
      path: 'version',
      message: `version: ${doc.version} was made by a newer version of Metastable Lab (this one reads up to ${CURRENT_VERSION})`,
    });
  }
  for (const k of Object.keys(doc)) {
    if (!TOP_KEYS.includes(k)) errors.push({ path: k, message: `${k}: unknown field (known: ${TOP_KEYS.join(', ')})` });
  }
  const newer = typeof doc.version === 'number' && doc.version > CURRENT_VERSION;
  const top = parseFields(
    TOP_LEVEL,
    pick(
      doc,
      Object.keys(TOP_LEVEL).filter((k) => !(newer && k === 'version')),
    ),
    '',
    errors,
    true,
  );

  const sections: Record<string, unknown> = {};
  for (const s of SECTION_NAMES) sections[s] = parseFields(SECTIONS[s] as Record<string, FieldSpec>, doc[s], s, errors, true);

  let title: string | undefined;
  if (doc.title !== undefined) {
    if (typeof doc.title !== 'string') errors.push({ path: 'title', message: `title: ${describeValue(doc.title)} is not text` });
    else if (doc.title.length > MAX_TITLE_CHARS)
      errors.push({ path: 'title', message: `title: ${doc.title.length} characters is too long (allowed: up to ${MAX_TITLE_CHARS})` });
    else title = doc.title;
  }

  const durationS = top.durationS as number;
  const keys = (sections.workload as { keys: number }).keys;
  const stack = parseStack(doc.stack, checkField, errors);
  const events: ScenarioEvent[] = [];
  const eventStack = stackForEvents(stack, doc.events);
  if (doc.events !== undefined) {
    if (!Array.isArray(doc.events)) errors.push({ path: 'events', message: `events: ${describeValue(doc.events)} is not a list` });
    else if (doc.events.length > MAX_EVENTS)
      errors.push({ path: 'events', message: `events: ${doc.events.length} events is too many (allowed: up to ${MAX_EVENTS})` });
    else
      doc.events.forEach((e, i) => {
        const ev = parseEvent(e, `events[${i}]`, durationS, keys, errors, eventStack);
        if (ev) events.push(ev);
      });
  }
  // Stable order by time keeps scripted events deterministic whatever order the document lists them.
  events.sort((a, b) => a.atS - b.atS);

  // A scenario is written in the oldest document version that can say it: without tiers that is
  // version 1, so such links stay the same and open in builds from before tiers existed.
  const withStack = stack.length > 0 ? { stack } : {};
  const scenario = {
    version: stack.length > 0 ? 2 : 1,
    ...(title !== undefined ? { title } : {}),
    seed: top.seed,
    durationS,
    intervalMs: top.intervalMs,
    ...sections,
    events,
    ...withStack,
  } as Scenario;
  return { value: scenario, errors };
}

function pick(o: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const r: Record<string, unknown> = {};
  for (const k of keys) if (o[k] !== undefined) r[k] = o[k];
  return r;
}

/** The default scenario: the HotOS '21 look-aside example with a flush at 150 s. */
export function defaultScenario(): Scenario {
  const s = parseScenario({ events: [{ atS: 150, type: 'flush' }] });
  return s.value;
}
