import { describe, expect, it } from 'vitest';
import stored from './golden-runs.json';
import { goldenRun, stateRuleBreaks, type GoldenRun } from './goldenRuns';
import { STATE_NAMES, M, METRIC_COUNT } from '../../src/sim/metrics';

const runs = stored.runs as GoldenRun[];

// The simulated columns are fingerprinted bit for bit. The `state` column is not: it reads the
// simulated columns (and gained `degraded`, judged on the latency of every request), so it is
// checked against its rule instead of a stored fingerprint, and the stored runs stay as written.
describe('a scenario shared before this build opens the same run, bit for bit', () => {
  const states: Record<string, Set<string>> = {};
  it.each(runs.map((r) => [r.name, r] as const))('%s: every stored column has the same fingerprint, and the state column keeps its rule', (name, golden) => {
    const now = goldenRun(golden.scenario);
    for (const [column, hex] of Object.entries(golden.columns)) expect(`${column} ${now.columns[column]}`).toBe(`${column} ${hex}`);
    expect(golden.columns).not.toHaveProperty('state');
    expect(stateRuleBreaks(now.scenario, now.frames)).toEqual([]);
    states[name] = new Set(Array.from({ length: now.frames.length / METRIC_COUNT }, (_, r) => STATE_NAMES[now.frames[r * METRIC_COUNT + M.state]]));
  });

  it('reads degraded in no stored run that served everyone fast: the new state changes only slow runs', () => {
    // Every stored run's story is a cache that carries the load or a collapse; none is slow for
    // everyone while serving them, so none may read degraded.
    for (const [name, seen] of Object.entries(states)) expect(`${name} ${seen.has('degraded')}`).toBe(`${name} false`);
  });
});
