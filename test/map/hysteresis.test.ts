import { beforeAll, describe, expect, it } from 'vitest';
import { parseAxis } from '../../src/map/axis';
import { runBranch, summarizeHysteresis, type HysteresisPoint, type HysteresisSummary } from '../../src/map/hysteresis';
import { parseBase, planHysteresis } from '../../src/map/plan';

/**
 * Noise margin: same seed in both branches (same arrivals and keys), so two healthy branches agree
 * within ~1%; the cold branch may exceed the warm one by at most 3% of the load.
 */
const NOISE = 0.03;

describe('hysteresis sweep of the HotOS example', () => {
  const doc = { durationS: 150 };
  const runs = planHysteresis(doc, parseAxis('workload.rps=500:3500:4'));
  let s: HysteresisSummary;
  let table = '';
  beforeAll(() => {
    const points: Omit<HysteresisPoint, 'bistable'>[] = [];
    for (let k = 0; k < runs.length; k += 2) points.push({ rps: runs[k].rps, warm: runBranch(runs[k].scenario), cold: runBranch(runs[k + 1].scenario) });
    s = summarizeHysteresis(parseBase(doc), points);
    table = s.points.map((p) => `${p.rps}: warm ${p.warm.goodputRps.toFixed(0)} cold ${p.cold.goodputRps.toFixed(0)}`).join('\n');
  });

  it('the cold branch never beats the warm branch', () => {
    for (const p of s.points) expect(p.cold.goodputRps, table).toBeLessThanOrEqual(p.warm.goodputRps + NOISE * p.rps);
  });

  it('the warm branch carries every load below the advertised capacity', () => {
    for (const p of s.points) if (p.rps < s.analytic.advertisedRps) expect(p.warm.goodputRps / p.warm.demandRps, table).toBeGreaterThan(0.97);
  });

  it('finds a bistable band between hidden and advertised capacity', () => {
    expect(
      s.points.map((p) => p.bistable),
      table,
    ).toEqual([false, true, true, true]);
    expect(s.band).toEqual({ lowerRps: 1500, upperRps: 3500 });
    expect(s.band!.lowerRps).toBeGreaterThan(s.analytic.hiddenRps);
    expect(s.band!.upperRps).toBeLessThanOrEqual(s.analytic.advertisedRps);
    expect(s.measuredHiddenRps).toBe(500);
    expect(s.measuredAdvertisedRps).toBe(3500);
  });
});
