/**
 * The command lines read their input as the page does: a size cap while reading (stdin included),
 * the page's decoder and its messages. Bad input is exit 2 with a message, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runScript } from './run';

const dir = mkdtempSync(join(tmpdir(), 'bounded-'));
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const TOO_LARGE = /The file is more than 8000000 bytes; a scenario file can have up to 2000000 characters\./;
const noTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:/);

/** Runs simulate with stdin read from `path` (a file or a device such as /dev/zero). */
function simulateFromStdin(path: string) {
  const fd = openSync(path, 'r');
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', '-'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: [fd, 'pipe', 'pipe'],
      timeout: 60_000,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

describe('the command lines read with bounds', () => {
  it('simulate /dev/zero stops at the cap of the page’s import and exits 2 naming it', () => {
    const r = runScript('simulate', ['/dev/zero']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(TOO_LARGE);
    noTrace(r.stderr);
    expect(r.stdout).toBe('');
  });

  it('simulate - reading an endless stdin stops at the same cap, exit 2', () => {
    const r = simulateFromStdin('/dev/zero');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/simulate: -: The file is more than 8000000 bytes/);
    noTrace(r.stderr);
  });

  it('a UTF-8 byte-order mark is read as the page reads it: the file runs', () => {
    const r = runScript('simulate', [file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"durationS": 2}')]))]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
  });

  it.each([
    ['a text-direction override in the title', { durationS: 2, title: 'flush\u202e' }, /title: control or text-direction characters were removed/],
    ['version 0', { version: 0, durationS: 2 }, /version: 0 is out of range \(allowed: 1 to 2\)/],
    [
      'a number too large for JSON',
      '{"durationS": 1e999}',
      /durationS: a number too large to hold \(1\.8e308 or beyond, such as 1e999\) is out of range \(allowed: 1 to 86400 s\)/,
    ],
  ])('refuses %s with the page’s message and exit 2', (_what, doc, message) => {
    const r = runScript('simulate', [file('doc.json', typeof doc === 'string' ? doc : JSON.stringify(doc))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    noTrace(r.stderr);
  });

  it('sweep with an axis on a tier the stack lacks names the tier range, exit 2, no stack trace', () => {
    const stack = file(
      'stack.json',
      JSON.stringify({
        durationS: 30,
        stack: [
          { kind: 'service', name: 'web' },
          { kind: 'service', name: 'api' },
        ],
      }),
    );
    const r = runScript('sweep', [stack, '--x', 'stack[7].retries=0:4:2', '--y', 'seed=1:2:2', '--workers', '1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/"stack\[7\]\.retries": the scenario has 2 tiers \(stack\[0\] to stack\[1\]\)/);
    noTrace(r.stderr);
  });

  it('fit caps its file like the Fit tab (20 MB): /dev/zero is refused at once, exit 2', () => {
    const r = runScript('fit', ['/dev/zero']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero: more than 20971520 bytes is too large \(up to 20971520 bytes\)/);
    noTrace(r.stderr);
  });

  it('fit names backwards timestamps with exit 2', () => {
    const r = runScript('fit', [file('back.csv', 't_s,offered_rps\n0,10\n2,11\n1,12\n'), '--quick']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/offered_rps: sample 3 goes backwards \(1 s after 2 s\)/);
    noTrace(r.stderr);
  });

  it('fit asks before fitting a very long trace: a day at one-second steps is refused without a terminal unless --yes', () => {
    const rows = Array.from({ length: 86_400 }, (_, i) => `${i},${3000 + (i % 7)}`).join('\n');
    const r = runScript('fit', [file('long.csv', `t_s,offered_rps\n${rows}\n`), '--quick']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/fit .*long\.csv: not run\. This scenario may use up to .* Add --yes to run it anyway\./);
    expect(r.stdout).toBe('');
  });
});
