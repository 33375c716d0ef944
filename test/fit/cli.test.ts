/** `npm run fit` as a user runs it: a child process with worker threads, the scenario on stdout. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/sim/parseScenario';
import { dashboardCsv } from './realTrace';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'fit-'));
const write = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

function fit(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/runBuilt.mjs', 'fit', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run fit', () => {
  it('prints a scenario document the runner reads, and the loss, residuals and fixed fields on stderr', () => {
    const r = fit(write('dash.csv', dashboardCsv()), '--budget', '4', '--replicas', '1', '--threads', '2', '--fix', 'db.workers=8');
    expect(r.status, r.stderr).toBe(0);
    const parsed = parseScenario(JSON.parse(r.stdout));
    expect(parsed.errors).toEqual([]);
    expect(parsed.value.db.workers).toBe(8);
    expect(parsed.value.events[0].type).toBe('flush');
    expect(r.stderr).toMatch(/^loss: \d+\.\d+ \(analytic start: \d+\.\d+\)/m);
    for (const m of ['offered_rps', 'goodput_rps', 'timeout_rps', 'hit_rate', 'db_util', 'p99_ms'])
      expect(r.stderr).toMatch(new RegExp(`^  ${m} +rms \\d`, 'm'));
    expect(r.stderr).toMatch(/fixed by you: db\.workers=8/);
  }, 240_000);

  it('with --postmortem, writes the postmortem draft of the fitted run with what would have saved it, the scenario still alone on stdout', () => {
    const md = join(dir, 'postmortem.md');
    const r = fit(write('dash.csv', dashboardCsv()), '--budget', '4', '--replicas', '1', '--threads', '2', `--postmortem=${md}`, '--after', '30');
    expect(r.status, r.stderr).toBe(0);
    expect(parseScenario(JSON.parse(r.stdout)).errors).toEqual([]);
    expect(r.stderr).toMatch(/what would have saved us: \d+\/\d+ runs/);
    const text = readFileSync(md, 'utf8');
    expect(text).toMatch(/^# Postmortem draft: Fitted from observed metrics/);
    expect(text).toContain('## What would have saved us');
    expect(text).toMatch(/\| mitigation \| prevented it\? \| goodput kept \| back after \| on at the flush: back after \| on 30 s after: back after \|/);
    expect(fit(write('ok.csv', 't_s,offered_rps\n1,2\n'), '--postmortem', '--after', '0').status).toBe(2);
  }, 240_000);

  it('exits 2 with a message naming the line and column of an unusable file', () => {
    const r = fit(write('bad.csv', 't_s,offered_rps\n1,300\n2,lots\n'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv: line 3, column "offered_rps": "lots" is not a number/);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when no column is a metric it knows, and 2 on a bad --fix', () => {
    const unknown = fit(write('unknown.csv', 't_s,foo\n1,2\n'));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/no column or series is a metric the lab knows/);
    const badFix = fit(write('ok.csv', 't_s,offered_rps\n1,2\n'), '--fix', 'db.workers=0');
    expect(badFix.status).toBe(2);
    expect(badFix.stderr).toMatch(/--fix db\.workers: 0 is out of range \(allowed: 1 to 10000\)/);
  });
});
