/**
 * Runs a command-line script of this repository as a user does (`npm run NAME`): a child process of
 * Node started through scripts/runBuilt.mjs, which runs the tool's JavaScript build in dist-cli/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the tool built from `scripts/NAME.ts` with `args` to completion; `input` is fed to stdin. */
export function runScript(name: string, args: string[], input?: string): CliResult {
  const r = spawnSync(process.execPath, ['scripts/runBuilt.mjs', name, ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Starts the tool built from `scripts/NAME.ts`, reads its first line of output, then closes the pipe as `head -1`
 * would. Resolves with that line, the exit status and stderr once the process has exited.
 */
export function firstLineThenClose(name: string, args: string[]): Promise<{ firstLine: string; status: number | null; signal: string | null; stderr: string }> {
  const child = spawn(process.execPath, ['scripts/runBuilt.mjs', name, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let firstLine: string | undefined;
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    if (firstLine !== undefined) return;
    out += d;
    const nl = out.indexOf('\n');
    if (nl < 0) return;
    firstLine = out.slice(0, nl);
    child.stdout.destroy();
  });
  return new Promise((done) => child.on('exit', (status, signal) => done({ firstLine: firstLine ?? '', status, signal, stderr })));
}
