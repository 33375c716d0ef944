/**
 * The CLIs start from JavaScript built once (scripts/buildCli.mjs, run by `npm ci` and on first use)
 * and answer exactly as the TypeScript they are built from; a build older than a source it bundles
 * is never used.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module (it runs before any TypeScript loader); checked by its JSDoc
import { staleReason } from '../../scripts/buildCli.mjs';
import { ROOT } from './run';

const viaBuild = (args: string[]) => spawnSync(process.execPath, ['scripts/runBuilt.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
const viaTsx = (name: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('CLIs built once', () => {
  it.each([
    ['simulate', ['--list-presets']],
    ['simulate', ['--preset', 'nowhere']],
    ['sweep', ['--x', 'workload.rps=1:2']],
  ])('%s %j prints and exits the same from its build as from TypeScript', (name, args) => {
    const built = viaBuild([name, ...args]);
    const dev = viaTsx(name, args);
    expect({ status: built.status, stdout: built.stdout, stderr: built.stderr }).toEqual({ status: dev.status, stdout: dev.stdout, stderr: dev.stderr });
  });

  it('refuses a tool it does not know with the list of tools and status 2', () => {
    const r = viaBuild(['simulat']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/which tool\? one of simulate, fit, .*sweep/);
  });
});

describe('staleReason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-build-'));
  const source = join(dir, 'source.ts');
  writeFileSync(source, 'export {};\n');
  writeFileSync(join(dir, 'tool.mjs'), '');
  const builtAtMs = Date.now();
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ builtAtMs, inputs: [relative(ROOT, source)] }));
  const where = { outDir: dir, root: ROOT };

  it('accepts a build newer than every source it bundles', () => {
    utimesSync(source, new Date(builtAtMs - 5000), new Date(builtAtMs - 5000));
    expect(staleReason('tool', where)).toBeUndefined();
  });

  it('names the source edited after the build', () => {
    utimesSync(source, new Date(builtAtMs + 5000), new Date(builtAtMs + 5000));
    expect(staleReason('tool', where)).toBe(`${relative(ROOT, source)} changed`);
  });

  it('says a tool is not built when its file or the manifest is missing', () => {
    expect(staleReason('other', where)).toBe('not built yet');
    expect(staleReason('tool', { outDir: join(dir, 'nowhere'), root: ROOT })).toBe('not built yet');
  });
});
