/**
 * fast-check arbitraries for tests, built from the schema table so new fields are covered without
 * touching the tests: every field within its range, enums from their values, every event type of the
 * event table (src/sim/eventSchema.ts).
 */
import fc from 'fast-check';
import { SECTIONS, SECTION_NAMES, TOP_LEVEL, type FieldSpec } from '../../src/sim/schema';
import { EVENT_SCHEMA, EVENT_TYPES, type EventBound, type EventFieldSpec, type EventType } from '../../src/sim/eventSchema';
import { tierFields } from '../../src/sim/parseStack';
import type { Scenario, ScenarioEvent } from '../../src/sim/scenario';
import { defaultTier, type Tier } from '../../src/sim/stackSchema';
import { deflate } from '../../src/share/compression';
import { toBase64Url } from '../../src/share/base64url';

/** A value valid for one field spec, biased towards the bounds and the default. */
export function fieldArb(spec: FieldSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'bool':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'int':
      return fc.oneof(fc.integer({ min: spec.min, max: spec.max }), fc.constantFrom(spec.min, spec.max, spec.default));
    case 'number':
      return fc.oneof(
        // `+ 0` turns -0 into 0: JSON cannot carry -0, and the schema has no negative numbers.
        fc.double({ min: spec.min, max: spec.max, noNaN: true }).map((v) => v + 0),
        fc.constantFrom(spec.min, spec.max, spec.default),
      );
  }
}

const sectionArb = (name: (typeof SECTION_NAMES)[number], partial: boolean) => {
  const specs = SECTIONS[name] as Record<string, FieldSpec>;
  const fields = Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, fieldArb(s)]));
  return partial ? fc.record(fields, { requiredKeys: [] }) : fc.record(fields);
};

/** A `set` patch: any subset of sections, each a non-empty subset of its fields. */
export const patchArb = fc
  .record(Object.fromEntries(SECTION_NAMES.map((n) => [n, sectionArb(n, true)])), { requiredKeys: [] })
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => Object.keys(v as object).length > 0)));

/** A number from `min` to `max`, biased towards the bounds; whole numbers for `int`. */
function boundedArb(kind: 'int' | 'number', min: number, max: number): fc.Arbitrary<number> {
  if (kind === 'int') return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
  return fc.oneof(
    fc.double({ min, max, noNaN: true }).map((v) => v + 0),
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    fc.constantFrom(min, max),
  );
}

/** A tier's `changes`: a non-empty subset of its kind's fields. */
const tierChangesArb = (tier: Tier) =>
  fc
    .record(Object.fromEntries(Object.entries(tierFields(tier.kind)).map(([k, spec]) => [k, fieldArb(spec)])), { requiredKeys: [] })
    .filter((c) => Object.keys(c).length > 0);

/**
 * One event of type `type` valid for a run of `durationS` seconds over `keys` keys (and `stack`'s
 * tiers), built from the event table: every field within its range, optional ones sometimes absent.
 */
function eventOfType(type: EventType, durationS: number, keys: number, stack: readonly Tier[]): fc.Arbitrary<ScenarioEvent> {
  const fields = Object.entries(EVENT_SCHEMA[type].fields) as [string, EventFieldSpec][];
  const tierArb = fields.some(([, f]) => f.kind === 'tier') ? fc.constantFrom(...stack) : fc.constant(undefined);
  return tierArb.chain((tier) => {
    const bound = (b: EventBound) =>
      typeof b === 'number' ? b : b === 'durationS' ? durationS : b === 'keys' ? keys : tier?.kind === 'service' ? tier.instances - 1 : 0;
    const parts: Record<string, fc.Arbitrary<unknown>> = { atS: boundedArb('number', 0, durationS), type: fc.constant(type) };
    const optional: string[] = [];
    let byField: [string, Extract<EventFieldSpec, { kind: 'number-by' }>] | undefined;
    for (const [name, f] of fields) {
      if (f.kind === 'tier') parts[name] = fc.constant(tier!.name);
      else if (f.kind === 'patch') parts[name] = patchArb;
      else if (f.kind === 'tier-patch') parts[name] = tierChangesArb(tier!);
      else if (f.kind === 'enum') parts[name] = fc.constantFrom(...f.values);
      else if (f.kind === 'number-by') byField = [name, f];
      else {
        parts[name] = boundedArb(f.kind, bound(f.min), bound(f.max));
        // A field with a default is always there once parsed, so the arbitrary always draws it.
        if (f.optional) optional.push(name);
      }
    }
    const required = Object.keys(parts).filter((k) => !optional.includes(k));
    const base = fc.record(parts, { requiredKeys: required as never[] });
    if (!byField) return base;
    const [name, by] = byField;
    // A factor exactly for the faults that take one, in that fault's range.
    return base.chain((ev) => {
      const range = (by.ranges as Record<string, { min: number; max: number }>)[String(ev[by.field])];
      return range ? boundedArb('number', range.min, range.max).map((v) => ({ ...ev, [name]: v })) : fc.constant(ev);
    });
  }) as fc.Arbitrary<ScenarioEvent>;
}

/** One event of any type in the event table valid for the run (tier events only when there is a stack). */
export function eventArb(durationS: number, keys: number, stack: readonly Tier[] = []): fc.Arbitrary<ScenarioEvent> {
  const types = EVENT_TYPES.filter(
    (t) => stack.length > 0 || !Object.values(EVENT_SCHEMA[t].fields as Record<string, EventFieldSpec>).some((f) => f.kind === 'tier'),
  );
  return fc.oneof(...types.map((t) => eventOfType(t, durationS, keys, stack)));
}

// Independent of the production regex on purpose: the arbitrary states what "clean" means.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Titles a user could type, including markup that must stay inert text. */
export const titleArb = fc
  .oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', ''),
  )
  .filter((t) => t.length <= 200 && !UNSAFE.test(t));

/** Any valid scenario, with events in time order as the parser returns them. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    ...Object.fromEntries(Object.entries(TOP_LEVEL).map(([k, s]) => [k, fieldArb(s)])),
    ...Object.fromEntries(SECTION_NAMES.map((n) => [n, sectionArb(n, false)])),
    title: fc.option(titleArb, { nil: undefined }),
  })
  .chain((base) => {
    const b = base as unknown as Scenario;
    return fc.array(eventArb(b.durationS, b.workload.keys), { maxLength: 25 }).map((events) => {
      // Without tiers a scenario is version 1 whatever the arbitrary drew (the parser writes the oldest version that can say it).
      const s: Scenario = { ...b, version: 1, events: [...events].sort((x, y) => x.atS - y.atS) };
      if (s.title === undefined) delete s.title;
      return s;
    });
  });

/** Packs arbitrary text the way a v1 link does, to feed the decoder documents no encoder makes. */
export async function linkOfText(text: string): Promise<string> {
  return `v1.${toBase64Url(await deflate(new TextEncoder().encode(text)))}`;
}

/** Any valid scenario with a stack of one to three tiers, and tier events among its events. */
export const stackScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    scenario: scenarioArb,
    tiers: fc.array(fc.constantFrom<Tier['kind']>('service', 'cache'), { minLength: 1, maxLength: 3 }),
    instances: fc.integer({ min: 1, max: 8 }),
  })
  .chain(({ scenario, tiers, instances }) => {
    const stack = tiers.map((kind, i) => {
      const t = defaultTier(kind, `t${i}`);
      return t.kind === 'service' ? { ...t, instances } : t;
    });
    return fc.array(eventArb(scenario.durationS, scenario.workload.keys, stack), { maxLength: 12 }).map((events) => ({
      ...scenario,
      version: 2 as const,
      stack,
      events: [...events].sort((x, y) => x.atS - y.atS),
    }));
  });
