/**
 * The canonical document of a scenario: known fields only, in the order of the schema table, so the
 * same scenario always gives the same JSON (and the same link). Optionally omits fields equal to
 * their defaults, which is what keeps links short.
 */
import { SECTIONS, SECTION_NAMES, TOP_LEVEL, type FieldSpec } from '../sim/schema';
import { EVENT_SCHEMA, type EventFieldSpec } from '../sim/eventSchema';
import type { ParamsPatch, Scenario, ScenarioEvent } from '../sim/scenario';
import { FROZEN_DEFAULTS } from './migrations';
import { CACHE_TIER_FIELDS, SERVICE_TIER_FIELDS, type Tier } from '../sim/stackSchema';

function canonicalTierChanges(changes: Record<string, unknown>): Doc {
  return orderedFields({ ...SERVICE_TIER_FIELDS, ...CACHE_TIER_FIELDS }, changes, undefined);
}

/** A tier as a document: kind and name first, then its fields (without those at their defaults). */
function canonicalTier(t: Tier, omitDefaults: boolean): Doc {
  const specs = (t.kind === 'service' ? SERVICE_TIER_FIELDS : CACHE_TIER_FIELDS) as Record<string, FieldSpec>;
  const defaults = omitDefaults ? Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.default])) : undefined;
  return { kind: t.kind, name: t.name, ...orderedFields(specs, t as unknown as Doc, defaults) };
}

type Doc = Record<string, unknown>;

function orderedFields(specs: Record<string, FieldSpec>, values: Doc, defaults: Doc | undefined): Doc {
  const out: Doc = {};
  for (const key of Object.keys(specs)) {
    const v = values[key];
    if (v === undefined) continue;
    if (defaults && v === defaults[key]) continue;
    out[key] = v;
  }
  return out;
}

function canonicalPatch(patch: ParamsPatch): Doc {
  const out: Doc = {};
  for (const s of SECTION_NAMES) {
    const p = patch[s];
    // A `set` to a default value is a real change, so patches never omit defaults.
    if (p) out[s] = orderedFields(SECTIONS[s] as Record<string, FieldSpec>, p as Doc, undefined);
  }
  return out;
}

/**
 * An event in the event table's order (src/sim/eventSchema.ts): `atS` and `type` first so events
 * read naturally in files, then the type's fields in the table's order, and `label` last (absent from
 * events without one, so every older link keeps its exact text). Every field the table lists for the
 * type is written, so a field added to the table reaches links and files without touching this file.
 */
function canonicalEvent(ev: ScenarioEvent): Doc {
  const src = ev as unknown as Doc;
  const out: Doc = { atS: ev.atS, type: ev.type };
  for (const [key, spec] of Object.entries(EVENT_SCHEMA[ev.type].fields) as [string, EventFieldSpec][]) {
    const v = src[key];
    if (v === undefined) continue;
    // A patch is written in the schema's section and field order; a tier's changes in its fields' order.
    if (spec.kind === 'patch') out[key] = canonicalPatch(v as ParamsPatch);
    else if (spec.kind === 'tier-patch') out[key] = canonicalTierChanges(v as Doc);
    else out[key] = v;
  }
  if (ev.label !== undefined) out.label = ev.label;
  return out;
}

/**
 * Builds the canonical document of a scenario. With `omitDefaults`, fields equal to the current
 * version's defaults and empty sections are left out; `version` is always kept, because a reader
 * needs it to know which defaults the omitted fields had.
 */
export function scenarioToDocument(s: Scenario, omitDefaults: boolean): Doc {
  const defaults = omitDefaults ? (FROZEN_DEFAULTS[s.version] as Doc) : undefined;
  const doc: Doc = { version: s.version };
  if (s.title !== undefined) doc.title = s.title;
  const { version: _v, ...top } = TOP_LEVEL;
  Object.assign(doc, orderedFields(top, s as unknown as Doc, defaults));
  for (const name of SECTION_NAMES) {
    const fields = orderedFields(SECTIONS[name] as Record<string, FieldSpec>, s[name] as unknown as Doc, defaults?.[name] as Doc | undefined);
    if (!omitDefaults || Object.keys(fields).length > 0) doc[name] = fields;
  }
  if (!omitDefaults || s.events.length > 0) doc.events = s.events.map(canonicalEvent);
  if (s.stack && s.stack.length > 0) doc.stack = s.stack.map((t) => canonicalTier(t, omitDefaults));
  return doc;
}
