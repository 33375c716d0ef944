import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../src/sim/metrics';

const simulate = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });

describe('the command-line runner', () => {
  it('prints a CSV header with exactly the metric names, then one row per interval', () => {
    const r = simulate(['-'], JSON.stringify({ durationS: 20 }));
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(METRIC_NAMES.join(','));
    expect(lines.length).toBe(21);
    expect(lines[20].split(',')[0]).toBe('20');
  });

  it('prints NDJSON on request', () => {
    const r = simulate(['-', '--format', 'ndjson'], JSON.stringify({ durationS: 3 }));
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => x.t_s)).toEqual([1, 2, 3]);
    expect(Object.keys(rows[0])).toEqual([...METRIC_NAMES]);
  });

  it('reads a file and gives the same output for the same document twice', () => {
    const a = simulate(['scenarios/hotos-lookaside.json']);
    const b = simulate(['scenarios/hotos-lookaside.json']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.trim().split('\n').length).toBe(601);
  });

  it('a bad document prints every problem to stderr and exits non-zero', () => {
    const r = simulate(['-'], JSON.stringify({ db: { workers: 0 }, shedding: { mode: 'sometimes' } }));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('db.workers: 0 is out of range (allowed: 1 to 10000)');
    expect(r.stderr).toContain('shedding.mode: "sometimes" is not one of');
  });

  it('invalid JSON and bad options are explained', () => {
    expect(simulate(['-'], '{ "seed": ').stderr).toMatch(/not valid JSON/);
    const bad = simulate(['-', '--format', 'xml'], '{}');
    expect(bad.status).toBe(2); // every command: 2 for bad input (docs/cli.md)
    expect(bad.stderr).toMatch(/--format must be csv or ndjson/);
  });
});
