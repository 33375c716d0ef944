/** The sweep CLI as a user runs it: a child process, worker threads, CSV on stdout. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/share';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'sweep-'));
const FILE = join(dir, 'flush.json');
writeFileSync(FILE, JSON.stringify({ durationS: 150, events: [{ atS: 30, type: 'flush', hottest: 1 }] }));

function sweep(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/runBuilt.mjs', 'sweep', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run sweep', () => {
  it('refuses a costly sweep without a terminal unless --yes, estimating cells × the costliest cell', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify({ durationS: 5, workload: { keys: 10_000_000 } }));
    const axes = ['--x', 'workload.rps=1000:3000:2', '--y', 'seed=1:2:2', '--workers', '2'];
    const refused = sweep(big, ...axes);
    expect(refused.status).toBe(2);
    // Two of the four cells run at once, each with its own 10-million-key tables.
    expect(refused.stderr).toMatch(
      /^sweep: .*big\.json: not run\. This scenario may use up to [\d.]+ GB of memory \(2 × 10\.0 million keys.* Add --yes to run it anyway\.\n$/,
    );
    expect(refused.stdout).toBe('');
    const agreed = sweep(big, ...axes, '--yes');
    expect(agreed.stderr).toMatch(/big\.json: warning: This scenario may use up to/);
    expect(agreed.status).toBe(0);
    expect(agreed.stdout.trim().split('\n')).toHaveLength(5);
  });

  it('prints the header and one row per cell of a 2 × 2 map, in grid order, with share links', async () => {
    const r = sweep(FILE, '--x', 'workload.rps=1000:3000:2', '--y', 'events[0].hottest=25:1225:2', '--workers', '2');
    expect(r.stderr).toMatch(/done in .* on 2 worker thread/);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('x,y,outcome,recover_s,final_goodput_share,events,stopped_at_s,link,inferred');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map((c) => [c[0], c[1]])).toEqual([
      ['1000', '25'],
      ['3000', '25'],
      ['1000', '1225'],
      ['3000', '1225'],
    ]);
    for (const c of rows) {
      expect(['recovered', 'stuck', 'never-healthy']).toContain(c[2]);
      expect(Number(c[5])).toBeGreaterThan(0);
      expect(Number(c[6])).toBeLessThanOrEqual(150);
    }
    expect(rows[0][2]).toBe('recovered');
    expect(rows[0][3]).toMatch(/^\d+(\.\d)?$/);
    expect(rows[3][2]).toBe('stuck');
    expect(rows[3][3]).toBe('');
    const opened = await decodeLink(rows[3][7]);
    expect(opened.errors).toEqual([]);
    expect(opened.scenario.workload.rps).toBe(3000);
    expect(opened.scenario.events[0]).toEqual({ atS: 30, type: 'flush', hottest: 1225 });
    // Two trigger steps per load: both ends are the outline, so nothing is left to infer.
    expect(rows.map((c) => c[8])).toEqual(['0', '0', '0', '0']);
  });

  it('searches a trigger axis: infers the cells between each load’s computed ends, marked inferred, and --every-cell computes them', () => {
    const axes = ['--x', 'workload.rps=1000:2000:2', '--y', 'events[0].hottest=25:1225:5', '--workers', '2'];
    const searched = sweep(FILE, ...axes);
    const every = sweep(FILE, ...axes, '--every-cell');
    expect([searched.status, every.status]).toEqual([0, 0]);
    const rows = (out: string) =>
      out
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','));
    const inferred = rows(searched.stdout).filter((c) => c[8] === '1');
    expect(inferred.length).toBeGreaterThan(0);
    expect(searched.stderr).toMatch(new RegExp(`${10 - inferred.length} of 10 cells computed, ${inferred.length} inferred`));
    // An inferred row has its outcome and link, and no figures of its own.
    for (const c of inferred) expect(c.slice(3, 7)).toEqual(['', '', '', '']);
    expect(rows(every.stdout).map((c) => c[8])).toEqual(Array(10).fill('0'));
    expect(rows(searched.stdout).map((c) => [c[0], c[1], c[2], c[7]])).toEqual(rows(every.stdout).map((c) => [c[0], c[1], c[2], c[7]]));
  });

  it('sweeps hysteresis: one row per load and the band on stderr', () => {
    const r = sweep(FILE, '--mode', 'hysteresis', '--x', 'workload.rps=500:2500:2', '--duration', '90');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('x,warm_goodput_rps,cold_goodput_rps,warm_share,cold_share,bistable,events');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['500', '2500']);
    expect(lines[2].split(',')[5]).toBe('1');
    expect(r.stderr).toMatch(/bistable band 2500–2500 req\/s; measured hidden capacity 500 req\/s.*analytic hidden 400 req\/s/);
  });

  it.each([
    [['--x', 'workload.rps=1:2:2', '--y', 'seed=1:2:2'], /missing scenario file/],
    [[FILE, '--x', 'workload.rps=1:2:2'], /a map needs --y/],
    [[FILE, '--x', 'workload.rpm=1:2:2', '--y', 'seed=1:2:2'], /--x: unknown path "workload.rpm"/],
    [[FILE, '--x', 'workload.rps=1:2:99', '--y', 'seed=1:2:2'], /steps must be a whole number from 1 to 64, not 99/],
    [[FILE, '--x', 'workload.rps=1:2:2', '--y', 'events[3].forS=1:2:2'], /events\[3\] does not exist/],
    [[FILE, '--x', 'workload.rps=1:2:2', '--y', 'seed=1:2:2', '--workers', '0'], /--workers must be a whole number/],
    [[FILE, '--x', 'workload.rps=1:2:2', '--mode', 'heat'], /--mode must be map or hysteresis/],
    [[FILE, '--x', 'workload.rps=1:2:2', '--y', 'seed=1:2:2', '--colour'], /unknown option --colour/],
    [[join(dir, 'missing.json'), '--x', 'workload.rps=1:2:2', '--y', 'seed=1:2:2'], /cannot read/],
  ])('refuses bad arguments %# with a message and status 2', (args, message) => {
    const r = sweep(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/usage: npm run sweep/);
    expect(r.stdout).toBe('');
  });
});
