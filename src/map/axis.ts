/**
 * Axes of the metastability map: a path into the scenario document and an evenly spaced range,
 * written `PATH=FROM:TO:STEPS` (e.g. `workload.rps=500:3500:12`, `events[0].hottest=1000:20000:12`).
 */
import { numericSpecOf, splitPath, type NumericSpec } from './docPath';
import { checkStackPath } from './stackPath';

export interface Axis {
  path: string;
  from: number;
  to: number;
  steps: number;
}

export const MAX_STEPS = 64;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function parseNumber(text: string, what: string, axisText: string): number {
  const t = text.trim();
  if (!NUMBER.test(t)) throw new Error(`${what} "${text}" in "${axisText}" is not a number`);
  return Number(t);
}

/**
 * Checks an axis against its field: known numeric path, 1..64 steps, both ends within the schema's
 * range, whole numbers where the field is an integer (after rounding the cells would collide less
 * silently). Given the scenario (document or parsed), a tier's field is checked against that tier
 * too (it exists, and its kind has the field). Throws an Error whose message names the problem.
 * Returns the field's spec.
 */
export function validateAxis(axis: Axis, doc?: unknown): NumericSpec {
  const spec = numericSpecOf(axis.path);
  if (doc !== undefined) checkStackPath(doc, splitPath(axis.path), axis.path);
  if (!Number.isInteger(axis.steps) || axis.steps < 1 || axis.steps > MAX_STEPS) {
    throw new Error(`${axis.path}: steps must be a whole number from 1 to ${MAX_STEPS}, not ${axis.steps}`);
  }
  for (const [name, v] of [
    ['from', axis.from],
    ['to', axis.to],
  ] as const) {
    if (!Number.isFinite(v)) throw new Error(`${axis.path}: ${name} ${v} is not a finite number`);
    const lo = spec.min ?? -Infinity;
    const hi = spec.max ?? Infinity;
    if (v < lo || v > hi) {
      throw new Error(`${axis.path}: ${name} ${v} is out of range (allowed: ${spec.min ?? '−∞'} to ${spec.max ?? '∞'})`);
    }
  }
  return spec;
}

/** Parses `PATH=FROM:TO:STEPS` and validates it (see validateAxis). Throws with a clear message. */
export function parseAxis(text: string): Axis {
  const eq = text.indexOf('=');
  if (eq < 0) throw new Error(`axis "${text}" must look like PATH=FROM:TO:STEPS, e.g. workload.rps=500:3500:12`);
  const path = text.slice(0, eq).trim();
  const parts = text.slice(eq + 1).split(':');
  if (parts.length !== 3) throw new Error(`axis "${text}": expected FROM:TO:STEPS after "=", got "${text.slice(eq + 1)}"`);
  const axis: Axis = {
    path,
    from: parseNumber(parts[0], 'FROM', text),
    to: parseNumber(parts[1], 'TO', text),
    steps: parseNumber(parts[2], 'STEPS', text),
  };
  validateAxis(axis);
  return axis;
}

/** `PATH=FROM:TO:STEPS`, the inverse of parseAxis. */
export function formatAxis(a: Axis): string {
  return `${a.path}=${a.from}:${a.to}:${a.steps}`;
}

/**
 * The values along an axis: evenly spaced from `from` to `to` inclusive (one step: `from`).
 * Integer fields are rounded to whole numbers, so neighbouring cells may coincide on short ranges.
 */
export function axisValues(a: Axis, spec: NumericSpec = numericSpecOf(a.path)): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.steps; i++) {
    const v = a.steps === 1 ? a.from : a.from + ((a.to - a.from) * i) / (a.steps - 1);
    // Round away float dust (0.1 + 0.2) so CSV rows and share links stay readable.
    out.push(spec.kind === 'int' ? Math.round(v) : Number(v.toPrecision(12)));
  }
  return out;
}
