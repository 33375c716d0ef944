/**
 * Editing the script: the triggers and changes a timeline can hold, with the forms the event table
 * (src/sim/eventSchema.ts) gives them, built from form text and checked with the scenario parser's
 * own `parseEvent`, so the editor can write exactly what a link or a file
 * may contain, and a bad value gets the parser's message (field, value, allowed range).
 */
import { EVENT_SCHEMA, EVENT_TYPES, type EventFieldSpec, type EventForm, type EventType } from '../../sim/eventSchema';
import { parseEvent } from '../../sim/parseScenario';
import { stackForEvents } from '../../sim/parseStack';
import { SECTIONS, SECTION_NAMES, type FieldSpec } from '../../sim/schema';
import type { ParamsPatch, Scenario, ScenarioEvent } from '../../sim/scenario';

/** A form of the event table (src/sim/eventSchema.ts), e.g. `flush-hottest`. */
export type EventKind = string;

export interface KindField {
  name: string;
  label: string;
  /** Form text the field starts with. */
  initial: string;
}

export interface KindSpec {
  kind: EventKind;
  /** The event type the form makes. */
  type: EventType;
  label: string;
  fields: readonly KindField[];
  when?: { field: string; present: boolean };
  addable?: false;
}

/** A `set` names one parameter as "section.field"; the form's value is typed by the schema. */
export const SET_FIELD = 'param';

/** Every form of every event type, in the table's order. */
export const EVENT_FORMS: readonly KindSpec[] = EVENT_TYPES.flatMap((type) => (EVENT_SCHEMA[type].forms as readonly EventForm[]).map((f) => ({ ...f, type })));

/** The forms "Add" offers: tier events come from a stack's own editor, and are only edited here. */
export const EVENT_KINDS: readonly KindSpec[] = EVENT_FORMS.filter((f) => f.addable !== false);

export const formOf = (kind: EventKind): KindSpec | undefined => EVENT_FORMS.find((f) => f.kind === kind);

/** Every parameter a `set` may change, as "section.field". */
export const SET_PARAMS: readonly string[] = SECTION_NAMES.flatMap((s) => Object.keys(SECTIONS[s]).map((f) => `${s}.${f}`));

/** The form an event is edited with: its type's form whose condition it meets. */
export function kindOf(ev: ScenarioEvent): EventKind {
  const src = ev as unknown as Record<string, unknown>;
  const forms = EVENT_FORMS.filter((f) => f.type === ev.type);
  return (forms.find((f) => !f.when || (src[f.when.field] !== undefined) === f.when.present) ?? forms[0]).kind;
}

/** The first parameter of a `set`'s changes: the one its form shows. */
function shownParam(changes: ParamsPatch): [string, unknown] | undefined {
  for (const [section, fields] of Object.entries(changes)) for (const [field, value] of Object.entries(fields ?? {})) return [`${section}.${field}`, value];
  return undefined;
}

/** The form text of an existing event, so it can be edited in the same form it was added with. */
export function fieldsOf(ev: ScenarioEvent): Record<string, string> {
  if (ev.type === 'set') {
    const [param, value] = shownParam(ev.changes) ?? ['workload.rps', ''];
    return { [SET_FIELD]: param, value: String(value) };
  }
  const src = ev as unknown as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const f of formOf(kindOf(ev))?.fields ?? []) if (src[f.name] !== undefined) out[f.name] = String(src[f.name]);
  return out;
}

/**
 * The fields of `kind`'s form that apply to `ev`: a tier fault's factor only for the faults that
 * take one (a crash has none).
 */
export function shownFields(kind: EventKind, ev: Record<string, unknown>): readonly KindField[] {
  const form = formOf(kind);
  if (!form) return [];
  const specs = EVENT_SCHEMA[form.type].fields as Readonly<Record<string, EventFieldSpec>>;
  return form.fields.filter((f) => {
    const spec = specs[f.name];
    return spec?.kind !== 'number-by' || Object.prototype.hasOwnProperty.call(spec.ranges, String(ev[spec.field]));
  });
}

/** Form text → JSON value for a parameter: the schema says whether it is a number, a switch or a word. */
function typedValue(param: string, text: string): unknown {
  const [section, field] = param.split('.');
  const spec = (SECTIONS as Record<string, Record<string, FieldSpec>>)[section]?.[field];
  const t = text.trim();
  if (!spec || spec.kind === 'int' || spec.kind === 'number') return t === '' || Number.isNaN(Number(t)) ? t : Number(t);
  if (spec.kind === 'bool') return t === 'true' || t === 'on' ? true : t === 'false' || t === 'off' ? false : t;
  return t;
}

export type Built = { ok: true; event: ScenarioEvent } | { ok: false; errors: string[] };

/**
 * Builds and validates an event from form text; messages name the field, the value and the range.
 * Editing (`original` given, of the same type) starts from the original event, so every field the
 * form does not show (a deploy's `shapes`, a `label`, a `set`'s other parameters, a tier fault's
 * tier) is kept as it was: saving an unchanged form gives the original event back.
 */
export function buildEvent(kind: EventKind, atText: string, fields: Record<string, string>, scenario: Scenario, original?: ScenarioEvent): Built {
  const num = (t: string | undefined) => (t === undefined || t.trim() === '' || Number.isNaN(Number(t)) ? t : Number(t));
  const spec = formOf(kind);
  if (!spec) return { ok: false, errors: [`unknown kind of event "${kind}"`] };
  const base = original && original.type === spec.type ? (structuredClone(original) as unknown as Record<string, unknown>) : {};
  const raw: Record<string, unknown> = { ...base, atS: num(atText), type: spec.type };
  if (spec.type === 'set') {
    const param = fields[SET_FIELD] ?? '';
    const [section, field] = param.split('.');
    if (!SET_PARAMS.includes(param)) return { ok: false, errors: [`"${param}" is not a parameter (e.g. workload.rps, db.workers)`] };
    const changes = base.changes as ParamsPatch | undefined;
    // A change of nothing (a document may hold one) saved with its value left empty stays as it was.
    if (changes && !shownParam(changes) && (fields.value ?? '').trim() === '') raw.changes = changes;
    else raw.changes = withParam(changes, section, field, typedValue(param, fields.value ?? ''));
  } else {
    const specs = EVENT_SCHEMA[spec.type].fields as Readonly<Record<string, EventFieldSpec>>;
    for (const f of spec.fields) {
      const text = fields[f.name];
      const field = specs[f.name];
      const mayBeAbsent =
        field.kind === 'number-by' || ((field.kind === 'int' || field.kind === 'number') && (field.optional === true || field.default !== undefined));
      // An emptied optional field is absent (a fault on every instance); a required one is named by the parser.
      if ((text === undefined || text.trim() === '') && mayBeAbsent) delete raw[f.name];
      else raw[f.name] = num(text);
    }
  }
  const issues: { path: string; message: string }[] = [];
  const stack = stackForEvents(scenario.stack ?? [], scenario.events);
  const ev = parseEvent(raw, 'event', scenario.durationS, scenario.workload.keys, issues, stack);
  if (!ev || issues.length > 0) return { ok: false, errors: issues.map((i) => i.message) };
  return { ok: true, event: ev };
}

/** `changes` with the parameter its form showed replaced by `section.field` = `value`; the others kept. */
function withParam(changes: ParamsPatch | undefined, section: string, field: string, value: unknown): ParamsPatch {
  const out: Record<string, Record<string, unknown>> = {};
  const shown = changes && shownParam(changes);
  for (const [s, fs] of Object.entries(changes ?? {})) {
    const kept = Object.entries(fs ?? {}).filter(([f]) => `${s}.${f}` !== shown?.[0]);
    if (kept.length > 0) out[s] = Object.fromEntries(kept);
  }
  out[section] = { ...out[section], [field]: value };
  return out as ParamsPatch;
}
