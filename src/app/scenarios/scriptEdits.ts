/**
 * Editing the script: the triggers and changes a timeline can hold, built from form text and checked
 * with the scenario parser's own `parseEvent`, so the editor can write exactly what a link or a file
 * may contain, and a bad value gets the parser's message (field, value, allowed range).
 */
import { parseEvent } from '../../sim/parseScenario';
import { SECTIONS, SECTION_NAMES, type FieldSpec } from '../../sim/schema';
import type { Scenario, ScenarioEvent } from '../../sim/scenario';

/** Tier events (`tier-fault`, `tier-set`) come from a stack's own editor, not from this form's list. */
export type EventKind = 'flush' | 'flush-hottest' | 'spike' | 'db-slowdown' | 'outage' | 'deploy' | 'rollback' | 'seed' | 'set' | 'tier-fault' | 'tier-set';

export interface KindField {
  name: string;
  label: string;
  /** Form text the field starts with. */
  initial: string;
}

export interface KindSpec {
  kind: EventKind;
  label: string;
  fields: readonly KindField[];
}

/** A `set` names one parameter as "section.field"; the form's value is typed by the schema. */
export const SET_FIELD = 'param';

export const EVENT_KINDS: readonly KindSpec[] = [
  { kind: 'flush', label: 'Flush cache', fields: [] },
  { kind: 'flush-hottest', label: 'Flush hottest K keys', fields: [{ name: 'hottest', label: 'Keys', initial: '1000' }] },
  {
    kind: 'spike',
    label: 'Load spike',
    fields: [
      { name: 'factor', label: 'Load ×', initial: '2' },
      { name: 'forS', label: 'For (s)', initial: '10' },
    ],
  },
  {
    kind: 'db-slowdown',
    label: 'DB slowdown',
    fields: [
      { name: 'factor', label: 'Service ×', initial: '5' },
      { name: 'forS', label: 'For (s)', initial: '10' },
    ],
  },
  { kind: 'outage', label: 'DB outage', fields: [{ name: 'forS', label: 'For (s)', initial: '10' }] },
  { kind: 'deploy', label: 'Deploy (new cache keys)', fields: [{ name: 'fraction', label: 'Share of keys', initial: '0.8' }] },
  { kind: 'rollback', label: 'Rollback', fields: [] },
  { kind: 'seed', label: 'Seed hottest K keys', fields: [{ name: 'hottest', label: 'Keys', initial: '1000' }] },
  {
    kind: 'set',
    label: 'Change a parameter',
    fields: [
      { name: SET_FIELD, label: 'Parameter', initial: 'workload.rps' },
      { name: 'value', label: 'Value', initial: '3000' },
    ],
  },
];

/** Every parameter a `set` may change, as "section.field". */
export const SET_PARAMS: readonly string[] = SECTION_NAMES.flatMap((s) => Object.keys(SECTIONS[s]).map((f) => `${s}.${f}`));

export function kindOf(ev: ScenarioEvent): EventKind {
  return ev.type === 'flush' && ev.hottest !== undefined ? 'flush-hottest' : ev.type;
}

/** The form text of an existing event, so it can be edited in the same form it was added with. */
export function fieldsOf(ev: ScenarioEvent): Record<string, string> {
  switch (ev.type) {
    case 'flush':
      return ev.hottest === undefined ? {} : { hottest: String(ev.hottest) };
    case 'spike':
    case 'db-slowdown':
      return { factor: String(ev.factor), forS: String(ev.forS) };
    case 'outage':
      return { forS: String(ev.forS) };
    case 'deploy':
      return { fraction: String(ev.fraction) };
    case 'rollback':
      return {};
    case 'seed':
      return { hottest: String(ev.hottest) };
    case 'set': {
      const [section, fields] = Object.entries(ev.changes)[0] ?? ['workload', {}];
      const [field, value] = Object.entries(fields ?? {})[0] ?? ['rps', ''];
      return { [SET_FIELD]: `${section}.${field}`, value: String(value) };
    }
    case 'tier-fault':
      return {
        tier: ev.tier,
        fault: ev.fault,
        forS: String(ev.forS),
        ...(ev.instance !== undefined ? { instance: String(ev.instance) } : {}),
        ...(ev.factor !== undefined ? { factor: String(ev.factor) } : {}),
      };
    case 'tier-set':
      return { tier: ev.tier, ...Object.fromEntries(Object.entries(ev.changes).map(([k, v]) => [k, String(v)])) };
  }
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

/** Builds and validates an event from form text; messages name the field, the value and the range. */
export function buildEvent(kind: EventKind, atText: string, fields: Record<string, string>, scenario: Scenario): Built {
  const num = (t: string | undefined) => (t === undefined || t.trim() === '' || Number.isNaN(Number(t)) ? t : Number(t));
  const raw: Record<string, unknown> = { atS: num(atText), type: kind === 'flush-hottest' ? 'flush' : kind };
  const spec = EVENT_KINDS.find((k) => k.kind === kind);
  if (!spec) return { ok: false, errors: [`unknown kind of event "${kind}"`] };
  if (kind === 'set') {
    const param = fields[SET_FIELD] ?? '';
    const [section, field] = param.split('.');
    if (!SET_PARAMS.includes(param)) return { ok: false, errors: [`"${param}" is not a parameter (e.g. workload.rps, db.workers)`] };
    raw.changes = { [section]: { [field]: typedValue(param, fields.value ?? '') } };
  } else {
    for (const f of spec.fields) raw[f.name] = num(fields[f.name]);
  }
  const issues: { path: string; message: string }[] = [];
  const ev = parseEvent(raw, 'event', scenario.durationS, scenario.workload.keys, issues);
  if (!ev || issues.length > 0) return { ok: false, errors: issues.map((i) => i.message) };
  return { ok: true, event: ev };
}
