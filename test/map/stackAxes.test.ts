/**
 * The map sweeps a stack's tier parameters: `stack[i].FIELD` paths address a tier's field as written
 * in the document, cells write into that tier only, and a path the scenario's stack cannot take is
 * refused with a message naming the tier, the field and the allowed range.
 */
import { describe, expect, it } from 'vitest';
import { parseAxis, validateAxis } from '../../src/map/axis';
import { setAtPath } from '../../src/map/docPath';
import { decodeMapLink, encodeMapLink } from '../../src/map/mapLink';
import { planHysteresis, planMap } from '../../src/map/plan';

const STACK = {
  version: 2,
  durationS: 60,
  workload: { rps: 500 },
  stack: [
    { kind: 'cache', name: 'edge', capacity: 2000 },
    { kind: 'service', name: 'api', retries: 2 },
    { kind: 'service', name: 'app', instances: 4 },
  ],
  events: [{ atS: 20, type: 'db-slowdown', factor: 10, forS: 10 }],
};

describe('tier parameters as axes', () => {
  it('reads stack[i].FIELD for the numeric fields of either kind of tier', () => {
    expect(parseAxis('stack[1].retries=0:4:5')).toEqual({ path: 'stack[1].retries', from: 0, to: 4, steps: 5 });
    expect(parseAxis('stack[2].instances=1:16:4').path).toBe('stack[2].instances');
    expect(parseAxis('stack[0].capacity=0:5000:6').path).toBe('stack[0].capacity');
    expect(parseAxis('stack[2].serviceMs=1:20:3').from).toBe(1);
  });

  it.each([
    ['stack[1].retries=0:50:5', /stack\[1\]\.retries: to 50 is out of range \(allowed: 0 to 20\)/],
    ['stack[1].instances=0:4:5', /from 0 is out of range \(allowed: 1 to 1000\)/],
    ['stack[1].retries=0:4:2.5', /whole number/],
    ['stack[1].holdSlot=0:1:2', /not a numeric field/],
    ['stack[1].balancer=0:1:2', /not a numeric field/],
    ['stack[1].slowness=0:1:2', /unknown path "stack\[1\]\.slowness" \(fields of a service tier: instances, slots, .*; of a cache tier: capacity, /],
    ['stack.retries=0:1:2', /expected stack\[i\]\.FIELD/],
  ])('refuses %s with a message naming the field and what is allowed', (text, message) => {
    expect(() => parseAxis(text)).toThrow(message);
  });

  it('checks a tier path against the scenario: the tier must exist and its kind must have the field', () => {
    expect(() => validateAxis({ path: 'stack[3].retries', from: 0, to: 2, steps: 3 }, STACK)).toThrow(
      '"stack[3].retries": the scenario has 3 tiers (stack[0] to stack[2])',
    );
    expect(() => validateAxis({ path: 'stack[0].retries', from: 0, to: 2, steps: 3 }, STACK)).toThrow(
      /tier "edge" is a cache tier and has no retries \(its numeric fields: capacity, ttlMs, staleMs, timeoutMs\)/,
    );
    expect(() => validateAxis({ path: 'stack[0].instances', from: 1, to: 2, steps: 2 }, { workload: { rps: 1 } })).toThrow(
      '"stack[0].instances": the scenario has no stack of tiers',
    );
    expect(validateAxis({ path: 'stack[2].instances', from: 1, to: 8, steps: 4 }, STACK)).toMatchObject({ kind: 'int', min: 1, max: 1000 });
  });

  it('writes into the one tier named, and refuses a tier the document does not have', () => {
    const doc = JSON.parse(JSON.stringify(STACK)) as Record<string, unknown>;
    setAtPath(doc, 'stack[1].retries', 0);
    expect((doc.stack as Record<string, unknown>[]).map((t) => t.retries)).toEqual([undefined, 0, undefined]);
    expect(() => setAtPath({ stack: [] }, 'stack[0].retries', 1)).toThrow('"stack[0].retries": stack[0] does not exist (the scenario has 0 tiers)');
  });

  it('plans cells that differ only in the swept tier field', () => {
    const plan = planMap(STACK, parseAxis('workload.rps=200:600:3'), parseAxis('stack[1].retries=0:4:3'));
    expect(plan.ys).toEqual([0, 2, 4]);
    const apiRetries = (j: number) => (plan.cells.find((c) => c.i === 0 && c.j === j)!.scenario.stack![1] as { retries?: number }).retries;
    expect([0, 1, 2].map(apiRetries)).toEqual([0, 2, 4]);
    expect(plan.cells[0].scenario.stack!.map((t) => t.name)).toEqual(['edge', 'api', 'app']);
    expect(() => planMap(STACK, parseAxis('workload.rps=200:600:3'), parseAxis('stack[0].timeoutMs=100:900:3'))).not.toThrow();
    expect(() => planMap(STACK, parseAxis('workload.rps=200:600:3'), parseAxis('stack[0].slots=1:9:3'))).toThrow(/tier "edge" is a cache tier/);
  });

  it('carries a tier axis in a map link', () => {
    const spec = { mode: 'map' as const, x: parseAxis('workload.rps=200:600:3'), y: parseAxis('stack[1].retries=0:4:5') };
    const text = encodeMapLink(spec);
    expect(text).toBe('map=map&x=workload.rps:200:600:3&y=stack%5B1%5D.retries:0:4:5');
    expect(decodeMapLink(text)).toEqual({ ok: true, spec });
    expect(decodeMapLink('map=map&x=workload.rps:200:600:3&y=stack%5B1%5D.retries:0:40:5')).toEqual({
      ok: false,
      errors: ['y: stack[1].retries: to 40 is out of range (allowed: 0 to 20)'],
    });
  });
});

describe('the hysteresis sweep of a stack', () => {
  it('starts the cold branch with every cache on the path empty, the warm one with every cache full', () => {
    const runs = planHysteresis(STACK, parseAxis('workload.rps=200:600:2'));
    const edgeWarm = (branch: 'warm' | 'cold') => runs.filter((r) => r.branch === branch).map((r) => [r.scenario.cache.warm, r.scenario.stack![0]]);
    expect(edgeWarm('cold')).toEqual([0, 1].map(() => [false, expect.objectContaining({ name: 'edge', warm: false })]));
    expect(edgeWarm('warm')).toEqual([0, 1].map(() => [true, expect.objectContaining({ name: 'edge', warm: true })]));
    expect(runs[0].scenario.stack![1]).toMatchObject({ kind: 'service', name: 'api', retries: 2 });
  });
});
