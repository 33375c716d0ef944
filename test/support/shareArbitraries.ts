/**
 * fast-check arbitraries for tests, built from the schema table so new fields are covered without
 * touching the tests: every field within its range, enums from their values, every event type.
 */
import fc from 'fast-check';
import { SECTIONS, SECTION_NAMES, TOP_LEVEL, type FieldSpec } from '../../src/sim/schema';
import type { Scenario, ScenarioEvent } from '../../src/sim/scenario';
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

/** One event of any type valid for a run of `durationS` seconds over `keys` keys. */
export function eventArb(durationS: number, keys: number): fc.Arbitrary<ScenarioEvent> {
  const atS = fc.oneof(
    fc.double({ min: 0, max: durationS, noNaN: true }).map((v) => v + 0),
    fc.integer({ min: 0, max: Math.floor(durationS) }),
  );
  const forS = fc.oneof(
    fc.integer({ min: 0, max: 600 }),
    fc.double({ min: 0, max: 86_400, noNaN: true }).map((v) => v + 0),
  );
  return fc.oneof(
    fc.record({ atS, type: fc.constant('flush' as const) }),
    fc.record({ atS, type: fc.constant('flush' as const), hottest: fc.integer({ min: 1, max: keys }) }),
    fc.record({ atS, type: fc.constant('spike' as const), factor: fc.double({ min: 0, max: 100, noNaN: true }).map((v) => v + 0), forS }),
    fc.record({ atS, type: fc.constant('db-slowdown' as const), factor: fc.double({ min: 0.01, max: 1000, noNaN: true }), forS }),
    fc.record({ atS, type: fc.constant('outage' as const), forS }),
    fc.record({ atS, type: fc.constant('set' as const), changes: patchArb }),
    fc.record({ atS, type: fc.constant('deploy' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }).map((v) => v + 0) }),
    fc.record({ atS, type: fc.constant('rollback' as const) }),
  ) as fc.Arbitrary<ScenarioEvent>;
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
