/**
 * Paths into the stack of tiers: `stack[i].FIELD`, a tier's field as written in the document (tiers
 * top first), e.g. `stack[2].retries` or `stack[0].instances`. Without the document a field is looked
 * up among both kinds of tier (the few fields both kinds have share one range); with the document
 * (checkStackPath) the tier must exist and be of a kind that has the field, and messages name the tier.
 */
import type { FieldSpec } from '../sim/schema';
import { CACHE_TIER_FIELDS, SERVICE_TIER_FIELDS } from '../sim/stackSchema';

type Fields = Record<string, FieldSpec>;
const SERVICE: Fields = SERVICE_TIER_FIELDS;
const CACHE: Fields = CACHE_TIER_FIELDS;

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The numeric fields of a kind of tier, in schema order. */
export function numericTierFields(kind: 'service' | 'cache'): string[] {
  return Object.entries(kind === 'cache' ? CACHE : SERVICE)
    .filter(([, s]) => s.kind === 'int' || s.kind === 'number')
    .map(([k]) => k);
}

/** The spec of `stack[i].FIELD` from the schema alone; throws a message naming the path. */
export function stackFieldSpec(seg: readonly (string | number)[], path: string): FieldSpec {
  const field = seg[2];
  if (seg.length !== 3 || typeof seg[1] !== 'number' || typeof field !== 'string') {
    throw new Error(`"${path}": expected stack[i].FIELD, e.g. stack[0].instances`);
  }
  const spec = own(SERVICE, field) ? SERVICE[field] : own(CACHE, field) ? CACHE[field] : undefined;
  if (!spec) {
    throw new Error(
      `unknown path "${path}" (fields of a service tier: ${numericTierFields('service').join(', ')}; of a cache tier: ${numericTierFields('cache').join(', ')})`,
    );
  }
  return spec;
}

/**
 * Checks `stack[i].FIELD` against a document (or a parsed scenario): the tier exists and its kind
 * has the field. Throws a message naming the tier; other paths pass untouched.
 */
export function checkStackPath(doc: unknown, seg: readonly (string | number)[], path: string): void {
  if (seg[0] !== 'stack' || typeof seg[1] !== 'number' || typeof seg[2] !== 'string') return;
  const stack = isRecord(doc) && Array.isArray(doc.stack) ? doc.stack : [];
  const i = seg[1];
  if (i >= stack.length) {
    const has = stack.length === 0 ? 'no stack of tiers' : `${stack.length} tier${stack.length === 1 ? '' : 's'} (stack[0] to stack[${stack.length - 1}])`;
    throw new Error(`"${path}": the scenario has ${has}`);
  }
  const tier: unknown = stack[i];
  const kind = isRecord(tier) && tier.kind === 'cache' ? 'cache' : 'service';
  const name = isRecord(tier) && typeof tier.name === 'string' ? tier.name : `stack[${i}]`;
  const field = seg[2];
  if (!own(kind === 'cache' ? CACHE : SERVICE, field)) {
    throw new Error(`"${path}": tier "${name}" is a ${kind} tier and has no ${field} (its numeric fields: ${numericTierFields(kind).join(', ')})`);
  }
}
