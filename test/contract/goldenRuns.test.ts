import { describe, expect, it } from 'vitest';
import stored from './golden-runs.json';
import { columnDigests, type GoldenRun } from './goldenRuns';

const runs = stored.runs as GoldenRun[];

describe('a scenario shared before this build opens the same run, bit for bit', () => {
  it.each(runs.map((r) => [r.name, r] as const))('%s: every stored column has the same fingerprint', (_name, golden) => {
    const now = columnDigests(golden.scenario);
    for (const [column, hex] of Object.entries(golden.columns)) expect(`${column} ${now[column]}`).toBe(`${column} ${hex}`);
  });
});
