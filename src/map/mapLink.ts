/**
 * The map's axes in the address: `map=MODE&x=PATH:FROM:TO:STEPS&y=PATH:FROM:TO:STEPS` (y only for
 * the trigger map). Keys other than map, x and y are ignored, so the text can share one query or
 * hash with the scenario's own link (`s=v1.…`): the scenario plus these axes recompute the same map.
 */
import { validateAxis, type Axis } from './axis';
import type { MapMode } from './plan';

export interface MapSpec {
  mode: MapMode;
  x: Axis;
  /** Required in `map` mode, absent in `hysteresis` mode. */
  y?: Axis;
}

export type DecodedMapLink = { ok: true; spec: MapSpec } | { ok: false; errors: string[] };

const MODES: readonly MapMode[] = ['map', 'hysteresis'];
/** Longer texts are refused before any parsing. */
export const MAX_MAP_LINK_CHARS = 1024;

const axisText = (a: Axis) => `${encodeURIComponent(a.path)}:${a.from}:${a.to}:${a.steps}`;

/** Encodes a map spec (validated by the caller's planning) as `map=…&x=…[&y=…]`. */
export function encodeMapLink(spec: MapSpec): string {
  return `map=${spec.mode}&x=${axisText(spec.x)}${spec.mode === 'map' && spec.y ? `&y=${axisText(spec.y)}` : ''}`;
}

function decodeAxis(key: string, raw: string, errors: string[]): Axis | undefined {
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    errors.push(`${key}: "${raw.slice(0, 40)}" is not validly percent-encoded`);
    return undefined;
  }
  const parts = text.split(':');
  if (parts.length !== 4) {
    errors.push(`${key}: "${text.slice(0, 60)}" should be PATH:FROM:TO:STEPS, e.g. workload.rps:500:3500:12`);
    return undefined;
  }
  const [path, ...nums] = parts;
  const [from, to, steps] = nums.map((n) => (n.trim() === '' ? NaN : Number(n)));
  const axis: Axis = { path, from, to, steps };
  if (nums.some((n) => n.trim() === '' || !Number.isFinite(Number(n)))) {
    errors.push(`${key}: FROM, TO and STEPS must be numbers in "${text.slice(0, 60)}"`);
    return undefined;
  }
  try {
    validateAxis(axis);
    return axis;
  } catch (e) {
    errors.push(`${key}: ${(e as Error).message}`);
    return undefined;
  }
}

/** Decodes untrusted text (a query or hash, with or without a leading `?`/`#`). Never throws. */
export function decodeMapLink(input: unknown): DecodedMapLink {
  if (typeof input !== 'string') return { ok: false, errors: ['the map link is not text'] };
  if (input.length > MAX_MAP_LINK_CHARS) return { ok: false, errors: [`the map link is ${input.length} characters long (up to ${MAX_MAP_LINK_CHARS})`] };
  const fields = new Map<string, string>();
  for (const part of input.replace(/^[?#]/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const errors: string[] = [];
  const mode = fields.get('map');
  if (mode === undefined) errors.push('the link has no map=MODE (map or hysteresis)');
  else if (!(MODES as readonly string[]).includes(mode)) errors.push(`map: "${mode.slice(0, 20)}" is not one of ${MODES.join(', ')}`);
  const xRaw = fields.get('x');
  const yRaw = fields.get('y');
  const x = xRaw === undefined ? (errors.push('the link has no x axis (x=PATH:FROM:TO:STEPS)'), undefined) : decodeAxis('x', xRaw, errors);
  let y: Axis | undefined;
  if (mode === 'map') {
    if (yRaw === undefined) errors.push('a trigger map needs a y axis (y=PATH:FROM:TO:STEPS)');
    else y = decodeAxis('y', yRaw, errors);
    if (x && y && x.path === y.path) errors.push(`both axes are ${x.path}; a map needs two different paths`);
  } else if (mode === 'hysteresis' && x && x.path !== 'workload.rps') {
    errors.push(`x: the hysteresis sweep varies workload.rps, not ${x.path}`);
  }
  if (errors.length || !x || !mode) return { ok: false, errors };
  return { ok: true, spec: mode === 'map' ? { mode: 'map', x, y } : { mode: 'hysteresis', x } };
}
