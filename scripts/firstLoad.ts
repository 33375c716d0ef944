/**
 * What a first visit downloads, measured over a build folder: the scripts and module preloads
 * `index.html` names, its CSS, and the simulation worker the page starts at once. Chunks loaded on
 * demand (lessons, map, compare worker…) are not part of it. Sizes are gzip level 9, in bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first-load budget for JavaScript (page + simulation worker), gzipped, in KB (1 KB = 1024 bytes). */
export const FIRST_LOAD_BUDGET_KB = 156;

/** The simulation worker's built name starts with this (Vite names it after src/worker/simWorker.ts). */
const WORKER_PREFIX = 'simWorker-';

export interface FirstLoad {
  /** Files counted, relative to the build's `assets/` folder. */
  files: string[];
  pageJsGzipBytes: number;
  workerJsGzipBytes: number;
  cssGzipBytes: number;
  /** Page JS plus worker JS: the figure the budget is about. */
  firstLoadJsGzipBytes: number;
}

export class BuildMissingError extends Error {}

const gzipBytes = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function measureFirstLoad(distDir: string): FirstLoad {
  const htmlPath = join(distDir, 'index.html');
  if (!existsSync(htmlPath)) throw new BuildMissingError(`${htmlPath} does not exist: run \`npm run build\` first`);
  const html = readFileSync(htmlPath, 'utf8');
  const named = [...new Set(html.match(/assets\/[^"'\s>]+/g) ?? [])].map((a) => a.slice('assets/'.length));
  const assets = join(distDir, 'assets');
  const workers = readdirSync(assets).filter((f) => f.startsWith(WORKER_PREFIX) && f.endsWith('.js'));
  // Without the worker the figure would look comfortably small and be wrong: refuse instead.
  if (workers.length !== 1) throw new BuildMissingError(`expected one ${WORKER_PREFIX}*.js in ${assets}, found ${workers.length}`);
  const sum = (files: string[]) => files.reduce((n, f) => n + gzipBytes(join(assets, f)), 0);
  const pageJsGzipBytes = sum(named.filter((f) => f.endsWith('.js')));
  const workerJsGzipBytes = sum(workers);
  return {
    files: [...named, ...workers],
    pageJsGzipBytes,
    workerJsGzipBytes,
    cssGzipBytes: sum(named.filter((f) => f.endsWith('.css'))),
    firstLoadJsGzipBytes: pageJsGzipBytes + workerJsGzipBytes,
  };
}

export const kb = (bytes: number) => bytes / 1024;
