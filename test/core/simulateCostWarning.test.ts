import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const simulate = (input: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', '-'], { input, encoding: 'utf8', timeout: 60_000 });

describe('npm run simulate: the cost of a document', () => {
  it('warns on stderr before a costly run, and still prints its frames', () => {
    const r = simulate(JSON.stringify({ durationS: 3, workload: { keys: 10_000_000 } }));
    expect(r.stderr).toMatch(/^-: warning: This scenario may use up to \d+ MB of memory \(10\.0 million keys/);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('says nothing about a cheap one', () => {
    const r = simulate(JSON.stringify({ durationS: 3 }));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
