/**
 * The first-load budget: what it counts (the files index.html names, plus the simulation worker;
 * never lazy chunks) and how `npm run test:budget` reports it. Runs over small fake builds, so it
 * needs no `vite build`; `npm test` runs the real check over dist/ right after the build.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measureFirstLoad } from '../../scripts/firstLoad';
import { runScript } from './run';

/** Incompressible-ish text of about `bytes` bytes, so gzipped sizes differ by file. */
const noise = (seed: number, bytes: number) => {
  let x = seed;
  let s = '';
  while (s.length < bytes) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += x.toString(36);
  }
  return s.slice(0, bytes);
};

function fakeBuild(files: Record<string, string>, html: string): string {
  const dist = mkdtempSync(join(tmpdir(), 'budget-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), html);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, 'assets', name), text);
  return dist;
}

const FILES = {
  'index-a1.js': noise(1, 30_000),
  'share-b2.js': noise(2, 8_000),
  'index-c3.css': noise(3, 4_000),
  'simWorker-d4.js': noise(4, 20_000),
  'Workshop-e5.js': noise(5, 50_000),
};
const HTML = `<script type="module" crossorigin src="./assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/share-b2.js">
<link rel="stylesheet" crossorigin href="./assets/index-c3.css">`;
const gz = (name: keyof typeof FILES) => gzipSync(FILES[name], { level: 9 }).length;

describe('first-load size', () => {
  it('counts the scripts index.html names plus the simulation worker, and not lazy chunks', () => {
    const m = measureFirstLoad(fakeBuild(FILES, HTML));
    expect(m.files.sort()).toEqual(['index-a1.js', 'index-c3.css', 'share-b2.js', 'simWorker-d4.js']);
    expect(m.pageJsGzipBytes).toBe(gz('index-a1.js') + gz('share-b2.js'));
    expect(m.workerJsGzipBytes).toBe(gz('simWorker-d4.js'));
    expect(m.cssGzipBytes).toBe(gz('index-c3.css'));
    expect(m.firstLoadJsGzipBytes).toBe(m.pageJsGzipBytes + m.workerJsGzipBytes);
  });

  it('refuses a build without the simulation worker rather than report a figure without it', () => {
    const { 'simWorker-d4.js': _worker, ...rest } = FILES;
    expect(() => measureFirstLoad(fakeBuild(rest, HTML))).toThrow(/expected one simWorker-\*\.js/);
  });
});

describe('npm run test:budget', () => {
  const dist = fakeBuild(FILES, HTML);
  const totalKB = ((gz('index-a1.js') + gz('share-b2.js') + gz('simWorker-d4.js')) / 1024).toFixed(1);

  it('passes within the budget and prints the measured figure', () => {
    const r = runScript('budget', ['--dist', dist, '--budget-kb', '150']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`first-load JS ${totalKB} KB gzipped`);
  });

  it('fails over the budget with the measured figure and the budget', () => {
    const r = runScript('budget', ['--dist', dist, '--budget-kb', '10']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`over budget: first-load JS ${totalKB} KB gzipped`);
    expect(r.stderr).toContain('> 10 KB');
  });

  it('says to build first when there is no build, with status 2', () => {
    const r = runScript('budget', ['--dist', join(dist, 'nowhere')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/index\.html does not exist: run `npm run build` first/);
  });
});
