/**
 * A small trigger map of the HotOS example (load × hottest keys flushed at 60 s), checked three ways:
 * early stopping agrees with full-length runs, the outcomes are monotone in load (with the noise
 * handling of src/map/monotonic), and the corners are what the paper predicts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAxis } from '../../src/map/axis';
import type { CellResult } from '../../src/map/runCell';
import { monotonicityViolations, stuckThresholds } from '../../src/map/monotonic';
import { planMap, type MapPlan } from '../../src/map/plan';
import { STATE_HEALTHY_SHARE } from '../../src/analysis/frames';
import { runOnThreads } from '../../scripts/sweepPool';
import { run } from '../core/run';

const DOC = { durationS: 240, events: [{ atS: 60, type: 'flush', hottest: 1 }] };
const X = parseAxis('workload.rps=1500:4500:5');
const Y = parseAxis('events[0].hottest=25:1225:4');

let plan: MapPlan;
const results = new Map<number, CellResult>();

beforeAll(async () => {
  plan = planMap(DOC, X, Y);
  await runOnThreads(
    plan.cells.map((c) => ({ kind: 'cell', id: c.index, scenario: c.scenario })),
    2,
    (r) => {
      if (r.kind !== 'cell') throw new Error(r.kind === 'error' ? r.message : 'unexpected result');
      results.set(r.id, r.result);
    },
  );
});

const grid = () =>
  plan.ys
    .map((_, j) => plan.xs.map((_, i) => results.get(j * plan.xs.length + i)?.outcome[0].toUpperCase()).join(''))
    .reverse()
    .join('\n');

describe('trigger map (load × hottest keys flushed)', () => {
  it('computes every cell and stops most of them early', () => {
    expect(results.size).toBe(20);
    const early = [...results.values()].filter((r) => r.earlyStop).length;
    expect(early).toBeGreaterThanOrEqual(16);
  });

  it('agrees with full-length runs of the same scenarios (early stopping does not change outcomes)', () => {
    const disagreements: string[] = [];
    for (const cell of plan.cells) {
      const map = results.get(cell.index)!;
      const full = run(cell.scenario);
      const share = (from: number, to: number) => full.mean('goodput_rps', from, to) / full.mean('first_rps', from, to);
      // Independent of the judge: the end of the full run, and the state just before the trigger.
      const preState = full.stateAt(59);
      const truth = preState === 'overloaded' ? 'never-healthy' : share(210, 240) >= STATE_HEALTHY_SHARE ? 'recovered' : 'stuck';
      // Above the analytic advertised capacity the classifier calls the same failure "overloaded".
      if (truth === 'stuck') expect(['metastable', 'overloaded']).toContain(full.stateAt(240));
      if (map.outcome !== truth) disagreements.push(`rps ${cell.x}, hottest ${cell.y}: map ${map.outcome}, full run ${truth}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('needs a smaller trigger to get stuck at higher load (within one step)', () => {
    const cells = plan.cells.map((c) => ({ i: c.i, j: c.j, outcome: results.get(c.index)!.outcome }));
    const thresholds = stuckThresholds(cells, plan.xs.length, plan.ys.length);
    expect(monotonicityViolations(thresholds, 1), grid()).toEqual([]);
    // Not vacuous: at least two loads have a threshold inside the grid and they differ.
    const inside = thresholds.filter((t): t is number => t !== null && t < plan.ys.length);
    expect(new Set(inside).size, grid()).toBeGreaterThanOrEqual(2);
  });

  it('has the corners the paper predicts: low load recovers, high load is never healthy', () => {
    const at = (i: number, j: number) => results.get(j * plan.xs.length + i)!;
    for (let j = 0; j < plan.ys.length; j++) {
      expect(at(0, j).outcome, grid()).toBe('recovered');
      expect(at(plan.xs.length - 1, j).outcome, grid()).toBe('never-healthy');
    }
    expect(at(3, plan.ys.length - 1).outcome, grid()).toBe('stuck');
  });
});

describe('monotonicity check', () => {
  it('flags a higher load that needs a larger trigger by more than the tolerance', () => {
    expect(monotonicityViolations([3, 2, 3], 1)).toEqual([]);
    expect(monotonicityViolations([3, 1, 3], 1)).toEqual([{ lowerI: 1, higherI: 2, lowerThreshold: 1, higherThreshold: 3 }]);
    expect(monotonicityViolations([null, 0, 4], 1)).toEqual([{ lowerI: 1, higherI: 2, lowerThreshold: 0, higherThreshold: 4 }]);
    expect(
      stuckThresholds(
        [
          { i: 0, j: 1, outcome: 'stuck' },
          { i: 0, j: 2, outcome: 'stuck' },
          { i: 1, j: 0, outcome: 'never-healthy' },
        ],
        3,
        3,
      ),
    ).toEqual([1, null, 3]);
  });
});
