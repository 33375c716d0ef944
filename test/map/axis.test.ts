import { describe, expect, it } from 'vitest';
import { axisValues, formatAxis, parseAxis } from '../../src/map/axis';
import { setAtPath, splitPath } from '../../src/map/docPath';
import { decodeMapLink, encodeMapLink } from '../../src/map/mapLink';
import { PlanError, planHysteresis, planMap } from '../../src/map/plan';

const FLUSH = { durationS: 120, events: [{ atS: 30, type: 'flush', hottest: 100 }] };

describe('axis parsing', () => {
  it('reads PATH=FROM:TO:STEPS for sections, top level and event fields', () => {
    expect(parseAxis('workload.rps=500:3500:12')).toEqual({ path: 'workload.rps', from: 500, to: 3500, steps: 12 });
    expect(parseAxis('seed=1:10:10').path).toBe('seed');
    expect(parseAxis('events[0].hottest=10:1000:5').path).toBe('events[0].hottest');
    expect(parseAxis('events[1].changes.db.workers=4:16:4').from).toBe(4);
    expect(formatAxis(parseAxis('client.timeoutMs=500:2e3:4'))).toBe('client.timeoutMs=500:2000:4');
  });

  it.each([
    ['workload.rps', /PATH=FROM:TO:STEPS/],
    ['workload.rps=1:2', /FROM:TO:STEPS/],
    ['workload.rpz=1:2:3', /unknown path "workload.rpz".*fields of workload/],
    ['wrkload.rps=1:2:3', /unknown path "wrkload.rps"/],
    ['cache.warm=0:1:2', /not a numeric field/],
    ['events[0].type=0:1:2', /unknown path.*numeric event fields/],
    ['events.hottest=1:2:3', /events need an index/],
    ['workload.rps=abc:2:3', /FROM "abc" .* is not a number/],
    ['workload.rps=1:2:0', /steps must be a whole number from 1 to 64, not 0/],
    ['workload.rps=1:2:65', /from 1 to 64, not 65/],
    ['workload.rps=1:2:2.5', /whole number/],
    ['db.workers=0:8:3', /from 0 is out of range \(allowed: 1 to 10000\)/],
    ['workload.rps=1:2000000:3', /to 2000000 is out of range/],
    ['events[0].forS=0:100000:3', /out of range/],
    ['workload..rps=1:2:3', /cannot read the path/],
  ])('refuses %s with a clear message', (text, message) => {
    expect(() => parseAxis(text)).toThrow(message);
  });

  it('spaces values evenly and rounds integer fields', () => {
    expect(axisValues(parseAxis('db.workers=1:4:3'))).toEqual([1, 3, 4]); // 2.5 rounds to 3
    expect(axisValues(parseAxis('workload.rps=0.1:0.3:3'))).toEqual([0.1, 0.2, 0.3]);
    expect(axisValues(parseAxis('workload.rps=7:9:1'))).toEqual([7]);
  });

  it('writes into the document, creating sections but never events', () => {
    const doc: Record<string, unknown> = { events: [{ atS: 1, type: 'flush' }] };
    setAtPath(doc, 'db.workers', 4);
    setAtPath(doc, 'events[0].hottest', 9);
    expect(doc).toEqual({ db: { workers: 4 }, events: [{ atS: 1, type: 'flush', hottest: 9 }] });
    expect(() => setAtPath(doc, 'events[3].forS', 1)).toThrow(/events\[3\] does not exist \(the scenario has 1 event\)/);
    expect(() => setAtPath({}, 'events[0].forS', 1)).toThrow(/has no events/);
    expect(splitPath('events[12].changes.db.workers')).toEqual(['events', 12, 'changes', 'db', 'workers']);
  });
});

describe('planning', () => {
  it('makes x × y cells in row-major order, each a parsed scenario', () => {
    const plan = planMap(FLUSH, parseAxis('workload.rps=1000:2000:3'), parseAxis('events[0].hottest=10:30:2'));
    expect(plan.cells.map((c) => [c.x, c.y, c.index])).toEqual([
      [1000, 10, 0],
      [1500, 10, 1],
      [2000, 10, 2],
      [1000, 30, 3],
      [1500, 30, 4],
      [2000, 30, 5],
    ]);
    expect(plan.cells[4].scenario.workload.rps).toBe(1500);
    expect(plan.cells[4].scenario.events[0]).toEqual({ atS: 30, type: 'flush', hottest: 30 });
    // The base document is untouched.
    expect(FLUSH.events[0].hottest).toBe(100);
  });

  it('validates every cell with the scenario parser', () => {
    const doc = { ...FLUSH, workload: { keys: 50 } };
    expect(() => planMap(doc, parseAxis('workload.rps=1:2:2'), parseAxis('events[0].hottest=10:100:2'))).toThrow(
      /events\[0\]\.hottest: 100 is out of range \(allowed: 1 to 50 keys\)/,
    );
    expect(() => planMap(FLUSH, parseAxis('workload.rps=1:2:2'), parseAxis('events[1].forS=1:2:2'))).toThrow(/events\[1\] does not exist/);
    expect(() => planMap(FLUSH, parseAxis('workload.rps=1:2:2'), parseAxis('workload.rps=1:2:2'))).toThrow(/choose two different paths/);
    try {
      planMap({ db: { workers: 'x' } }, parseAxis('workload.rps=1:2:2'), parseAxis('seed=1:2:2'));
      expect.unreachable();
    } catch (e) {
      expect((e as PlanError).problems).toEqual([expect.stringMatching(/^scenario: db\.workers: "x" is not a number/)]);
    }
  });

  it('plans hysteresis over workload.rps only: warm and cold per load, no events', () => {
    const runs = planHysteresis(FLUSH, parseAxis('workload.rps=100:200:2'));
    expect(runs.map((r) => [r.rps, r.branch, r.scenario.cache.warm, r.scenario.events.length])).toEqual([
      [100, 'warm', true, 0],
      [100, 'cold', false, 0],
      [200, 'warm', true, 0],
      [200, 'cold', false, 0],
    ]);
    expect(() => planHysteresis(FLUSH, parseAxis('db.workers=1:2:2'))).toThrow(/must be workload.rps/);
  });
});

describe('map links', () => {
  it('round-trips axes and mode, next to a scenario link', () => {
    const spec = { mode: 'map' as const, x: parseAxis('workload.rps=500:3500:12'), y: parseAxis('events[0].hottest=25:1400:12') };
    const text = encodeMapLink(spec);
    expect(text).toBe('map=map&x=workload.rps:500:3500:12&y=events%5B0%5D.hottest:25:1400:12');
    expect(decodeMapLink(text)).toEqual({ ok: true, spec });
    expect(decodeMapLink(`#s=v1.abc&${text}`)).toEqual({ ok: true, spec });
    const h = { mode: 'hysteresis' as const, x: parseAxis('workload.rps=500:3500:7') };
    expect(decodeMapLink(encodeMapLink(h))).toEqual({ ok: true, spec: h });
  });

  it.each([
    ['x=workload.rps:1:2:3', /no map=MODE/],
    ['map=heat&x=workload.rps:1:2:3', /"heat" is not one of map, hysteresis/],
    ['map=map&x=workload.rps:1:2:3', /needs a y axis/],
    ['map=map&x=workload.rps:1:2&y=seed:1:2:2', /should be PATH:FROM:TO:STEPS/],
    ['map=map&x=workload.rps:1:b:3&y=seed:1:2:2', /must be numbers/],
    ['map=map&x=workload.rps:1:2:99&y=seed:1:2:2', /steps must be a whole number from 1 to 64/],
    ['map=map&x=nope.rps:1:2:3&y=seed:1:2:2', /unknown path/],
    ['map=hysteresis&x=db.workers:1:2:3', /varies workload.rps/],
    ['map=map&x=%E0%A4%A:1:2:3&y=seed:1:2:2', /percent-encoded/],
  ])('refuses %s', (text, message) => {
    const r = decodeMapLink(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });

  it('refuses non-text and over-long input without throwing', () => {
    expect(decodeMapLink(42)).toEqual({ ok: false, errors: ['the map link is not text'] });
    expect(decodeMapLink('x'.repeat(5000)).ok).toBe(false);
  });
});
