/**
 * A map found by search reads the same as the full sweep: for several presets (a flush, an outage,
 * a database slowdown on a stack, a spike), every cell is computed, then the search is run against
 * those computed results (runs are deterministic, so a lookup stands for a rerun) and every cell it
 * infers must match the computed one, while it computes fewer cells than the sweep.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAxis } from '../../src/map/axis';
import { BoundarySearch } from '../../src/map/boundarySearch';
import type { Outcome } from '../../src/map/judge';
import { planMap, type MapPlan } from '../../src/map/plan';
import type { CellResult } from '../../src/map/runCell';
import { searchMap, searchesMap, type RoundResult } from '../../src/map/searchMap';
import { presetById } from '../../src/presets';
import { runOnThreads } from '../../scripts/sweepPool';

/** Settles a search against a column-major table of outcomes (`grid[i][j]`), returning it and the cells asked. */
function settle(grid: Outcome[][], ascending = true) {
  const search = new BoundarySearch(grid.length, grid[0].length, ascending);
  const asked: string[] = [];
  for (let asks = search.nextRound(); asks.length > 0; asks = search.nextRound()) {
    for (const a of asks) {
      asked.push(`${a.i},${a.j}`);
      search.record(a, grid[a.i][a.j]);
    }
  }
  return { cells: search.cells(), asked };
}

const R = 'recovered' as const;
const S = 'stuck' as const;
const N = 'never-healthy' as const;

describe('BoundarySearch', () => {
  it('finds each load’s boundary by bisection and infers the cells on either side', () => {
    const grid: Outcome[][] = [Array(12).fill(R), [...Array(7).fill(R), ...Array(5).fill(S)], Array(12).fill(S)];
    const { cells, asked } = settle(grid);
    expect(cells.map((c) => c.outcome)).toEqual(grid[0].flatMap((_, j) => grid.map((col) => col[j])));
    // Two ends each; the middle column bisects 12 steps in ⌈log2 11⌉ more.
    expect(asked.filter((a) => a.startsWith('0,'))).toEqual(['0,0', '0,11']);
    expect(asked.filter((a) => a.startsWith('1,')).length).toBeLessThanOrEqual(2 + 4);
    expect(cells.filter((c) => c.inferred).length).toBe(36 - asked.length);
  });

  it('asks both ends of every load first: the coarse outline', () => {
    const search = new BoundarySearch(3, 5);
    expect(search.nextRound()).toEqual([
      { i: 0, j: 0 },
      { i: 0, j: 4 },
      { i: 1, j: 0 },
      { i: 1, j: 4 },
      { i: 2, j: 0 },
      { i: 2, j: 4 },
    ]);
  });

  it('walks a downward axis from its other end', () => {
    const grid: Outcome[][] = [[S, S, S, R, R]];
    const { cells } = settle(grid, false);
    expect(cells.map((c) => c.outcome)).toEqual(grid[0]);
  });

  it('infers a whole column never healthy from its ends: nothing before the trigger depends on its size', () => {
    const { cells, asked } = settle([[N, N, N, N, N]]);
    expect(asked).toEqual(['0,0', '0,4']);
    expect(cells.map((c) => [c.outcome, c.inferred])).toEqual([
      [N, false],
      [N, true],
      [N, true],
      [N, true],
      [N, false],
    ]);
  });

  it('computes a column whole when it is not monotone, or never healthy next to another outcome, inferring nothing there', () => {
    const grid: Outcome[][] = [
      [R, S, R, R, S],
      [N, N, N, N, R],
    ];
    const { cells } = settle(grid);
    expect(cells.filter((c) => c.inferred && c.i === 1)).toEqual([]);
    expect(cells.filter((c) => c.i === 1).map((c) => c.outcome)).toEqual(grid[1]);
    // Column 0 looked monotone until a recovered cell turned up above a stuck one.
    const col0 = cells.filter((c) => c.i === 0);
    expect(col0.filter((c) => !c.inferred).map((c) => c.outcome)).toEqual(col0.filter((c) => !c.inferred).map((c) => grid[0][c.j]));
  });
});

/** Presets with a trigger whose size the y axis varies, on grids small enough for a test. */
const CASES = [
  { preset: 'hottest-keys', durationS: 200, x: 'workload.rps=1500:4500:4', y: 'events[0].hottest=25:1225:6' },
  { preset: 'hotos-retries', durationS: 200, x: 'workload.rps=150:400:4', y: 'events[0].forS=2:30:6' },
  { preset: 'connection-pool-exhaustion', durationS: 120, x: 'workload.rps=1000:3000:4', y: 'events[0].forS=5:45:6' },
  { preset: 'timeout-cascade', durationS: 90, x: 'workload.rps=500:1500:4', y: 'events[0].factor=1:2:6' },
];

describe.each(CASES)('searched map of $preset ($x × $y)', ({ preset, durationS, x, y }) => {
  let plan: MapPlan;
  const full = new Map<number, CellResult>();

  beforeAll(async () => {
    const doc = { ...(presetById(preset)!.scenario as Record<string, unknown>), durationS };
    plan = planMap(doc, parseAxis(x), parseAxis(y));
    await runOnThreads(
      plan.cells.map((c) => ({ kind: 'cell', id: c.index, scenario: c.scenario })),
      2,
      (r) => {
        if (r.kind !== 'cell') throw new Error(r.kind === 'error' ? r.message : 'unexpected result');
        full.set(r.id, r.result);
      },
    );
  });

  it('infers every cell it does not compute right, and computes fewer cells than the sweep', async () => {
    let computed = 0;
    const answers = await searchMap(
      plan,
      async (cells): Promise<RoundResult[]> => {
        computed += cells.length;
        return cells.map((c) => ({ index: c.index, result: full.get(c.index)! }));
      },
      { yPath: parseAxis(y).path, ascending: true },
    );
    const picture = plan.ys
      .map((_, j) => plan.xs.map((_, i) => full.get(j * plan.xs.length + i)!.outcome[0].toUpperCase()).join(''))
      .reverse()
      .join('\n');
    expect(searchesMap(parseAxis(y).path)).toBe(true);
    expect(
      answers.map((a) => a.outcome),
      picture,
    ).toEqual(plan.cells.map((c) => full.get(c.index)!.outcome));
    expect(answers.filter((a) => a.inferred).length).toBe(plan.cells.length - computed);
    expect(computed, picture).toBeLessThan(plan.cells.length);
  });
});

describe('sweeping instead of searching', () => {
  it('computes every cell of a map whose y axis is not a trigger’s size, or when asked to', async () => {
    const plan = planMap({ durationS: 60, events: [{ atS: 30, type: 'flush', hottest: 10 }] }, parseAxis('workload.rps=100:200:2'), parseAxis('seed=1:3:3'));
    const fake: CellResult = { outcome: 'recovered', recoverS: 0, finalShare: 1, events: 1, stoppedAtS: 60, earlyStop: false };
    for (const [yPath, everyCell] of [
      ['seed', false],
      ['events[0].hottest', true],
    ] as const) {
      let rounds = 0;
      const answers = await searchMap(
        plan,
        async (cells) => {
          rounds++;
          return cells.map((c) => ({ index: c.index, result: fake }));
        },
        { yPath, ascending: true, everyCell },
      );
      expect(rounds).toBe(1);
      expect(answers.filter((a) => a.inferred)).toEqual([]);
    }
  });
});
