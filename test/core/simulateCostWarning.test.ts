import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The document comes on stdin, so there is no terminal to ask at: as in CI. */
const simulate = (input: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', '-', ...args], { input, encoding: 'utf8', timeout: 60_000 });
const COSTLY = JSON.stringify({ durationS: 3, workload: { keys: 10_000_000 } });

describe('npm run simulate: the cost of a document', () => {
  it('without a terminal and without --yes, refuses a costly run with status 2, saying what it would cost', () => {
    const r = simulate(COSTLY);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^simulate: -: not run\. This scenario may use up to \d+ MB of memory \(10\.0 million keys.* Add --yes to run it anyway\.\n$/);
    expect(r.stdout).toBe('');
  });

  it('with --yes, says what it costs on stderr and prints its frames', () => {
    const r = simulate(COSTLY, '--yes');
    expect(r.stderr).toMatch(/^-: warning: This scenario may use up to \d+ MB of memory \(10\.0 million keys/);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('says nothing about a cheap one, and needs no --yes', () => {
    const r = simulate(JSON.stringify({ durationS: 3 }));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
