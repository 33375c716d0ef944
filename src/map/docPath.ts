/**
 * Paths into a scenario *document* (the JSON a user writes, before parsing), such as `workload.rps`,
 * `seed`, `events[0].hottest` or `events[1].changes.db.workers`. Axes of the metastability map are
 * paths: a cell is the document with two numbers written into it.
 *
 * Why the document and not the parsed Scenario: `parseScenario` sorts events by time, so
 * `events[1]` means "the second event as written" only in the document. Every cell document goes
 * through `parseScenario` afterwards, which validates ranges and event fields.
 */
import { fieldSpec, SECTIONS, TOP_LEVEL, type FieldSpec } from '../sim/schema';
import { stackFieldSpec } from './stackPath';

export type PathSegment = string | number;

/** What a path may hold, when it is known without the document (schema and event fields). */
export interface NumericSpec {
  kind: 'int' | 'number';
  /** Bounds when the schema states them; event bounds depending on the document are left to the parser. */
  min?: number;
  max?: number;
}

/** Numeric fields of scripted events (ranges that depend on the document, e.g. `hottest` ≤ keys, are checked by parseScenario). */
const EVENT_NUMERIC: Record<string, NumericSpec> = {
  atS: { kind: 'number', min: 0 },
  hottest: { kind: 'int', min: 1 },
  factor: { kind: 'number', min: 0 },
  forS: { kind: 'number', min: 0, max: 86_400 },
  fraction: { kind: 'number', min: 0, max: 1 },
};

const SEGMENT = /^([A-Za-z_][A-Za-z0-9_]*)|^\[(\d{1,4})\]|^\.([A-Za-z_][A-Za-z0-9_]*)/;

/** Splits `events[0].hottest` into `['events', 0, 'hottest']`; throws with a clear message on bad syntax. */
export function splitPath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  let rest = path.trim();
  if (rest === '') throw new Error('empty path (expected e.g. workload.rps or events[0].hottest)');
  while (rest.length > 0) {
    const m = SEGMENT.exec(rest);
    // A bare name is allowed only first; later names need a dot.
    if (!m || (m[1] !== undefined && out.length > 0))
      throw new Error(`cannot read the path "${path}" at "${rest}" (expected e.g. workload.rps or events[0].hottest)`);
    out.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? m[3]));
    rest = rest.slice(m[0].length);
  }
  return out;
}

/**
 * A section's field from the schema, own properties only: `__proto__`, `constructor` and the like
 * name nothing in a scenario, and must say "unknown path" rather than reach Object.prototype.
 */
function ownFieldSpec(section: string, field: string): FieldSpec | undefined {
  const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  if (!has(SECTIONS, section)) return undefined;
  const fields = (SECTIONS as Record<string, Record<string, FieldSpec>>)[section];
  return has(fields, field) ? fields[field] : undefined;
}

const fromSchema = (s: FieldSpec | undefined, path: string): NumericSpec => {
  if (!s) throw new Error(`unknown path "${path}"`);
  if (s.kind !== 'int' && s.kind !== 'number')
    throw new Error(`"${path}" is not a numeric field (it is ${s.kind === 'bool' ? 'true/false' : `one of ${s.values.join(', ')}`})`);
  return { kind: s.kind, min: s.min, max: s.max };
};

/**
 * The numeric spec of a path, from the schema table (sections, top level) or the event fields.
 * Throws "unknown path" / "not a numeric field" messages that name the path.
 */
export function numericSpecOf(path: string): NumericSpec {
  const seg = splitPath(path);
  const [head] = seg;
  if (head === 'events') {
    if (typeof seg[1] !== 'number') throw new Error(`"${path}": events need an index, e.g. events[0].hottest`);
    const field = seg[2];
    if (field === 'changes') {
      const rest = seg.slice(3);
      if (rest.length !== 2 || typeof rest[0] !== 'string' || typeof rest[1] !== 'string')
        throw new Error(`"${path}": expected events[i].changes.SECTION.FIELD`);
      return fromSchema(ownFieldSpec(rest[0], rest[1]), path);
    }
    if (seg.length !== 3 || typeof field !== 'string' || !EVENT_NUMERIC[field]) {
      throw new Error(`unknown path "${path}" (numeric event fields: ${Object.keys(EVENT_NUMERIC).join(', ')}, or changes.SECTION.FIELD)`);
    }
    return EVENT_NUMERIC[field];
  }
  if (head === 'stack') return fromSchema(stackFieldSpec(seg, path), path);
  if (typeof head !== 'string') throw new Error(`unknown path "${path}"`);
  if (seg.length === 1) {
    if (!Object.prototype.hasOwnProperty.call(TOP_LEVEL, head))
      throw new Error(`unknown path "${path}" (known sections: ${Object.keys(SECTIONS).join(', ')}; top level: ${Object.keys(TOP_LEVEL).join(', ')})`);
    return fromSchema(fieldSpec(head), path);
  }
  if (seg.length !== 2 || typeof seg[1] !== 'string' || !Object.prototype.hasOwnProperty.call(SECTIONS, head)) {
    throw new Error(`unknown path "${path}" (known sections: ${Object.keys(SECTIONS).join(', ')}, events[i], stack[i])`);
  }
  const fields = (SECTIONS as Record<string, Record<string, FieldSpec>>)[head];
  if (!Object.prototype.hasOwnProperty.call(fields, seg[1])) throw new Error(`unknown path "${path}" (fields of ${head}: ${Object.keys(fields).join(', ')})`);
  return fromSchema(fields[seg[1]], path);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Writes `value` at `path` in a document, in place. Missing sections are created (the parser fills
 * defaults); a missing event is an error, because an axis cannot invent a trigger.
 */
export function setAtPath(doc: Record<string, unknown>, path: string, value: number): void {
  const seg = splitPath(path);
  let node: unknown = doc;
  for (let i = 0; i < seg.length - 1; i++) {
    const key = seg[i];
    const at = seg
      .slice(0, i + 1)
      .map((s) => (typeof s === 'number' ? `[${s}]` : s))
      .join('.')
      .replace(/\.\[/g, '[');
    if (typeof key === 'number') {
      if (!Array.isArray(node) || key >= node.length) {
        const n = Array.isArray(node) ? node.length : 0;
        const what = seg[i - 1] === 'stack' ? 'tier' : 'event';
        throw new Error(`"${path}": ${at} does not exist (the scenario has ${n} ${what}${n === 1 ? '' : 's'})`);
      }
      node = node[key];
      if (!isRecord(node)) throw new Error(`"${path}": ${at} is not an object`);
      continue;
    }
    const obj = node as Record<string, unknown>;
    if (obj[key] === undefined) {
      if (typeof seg[i + 1] === 'number') throw new Error(`"${path}": the scenario has no ${key}`);
      obj[key] = {};
    }
    node = obj[key];
    if (!isRecord(node) && !Array.isArray(node)) throw new Error(`"${path}": ${at} is not an object`);
  }
  const last = seg[seg.length - 1];
  if (typeof last === 'number' || !isRecord(node)) throw new Error(`"${path}" does not name a field`);
  node[last] = value;
}
