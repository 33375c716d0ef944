/**
 * Starts a CLI's worker thread (`scripts/NAME.ts`) the way the CLI itself was started: from the
 * JavaScript build next to it when the CLI runs from `dist-cli/` (scripts/runBuilt.mjs), else from
 * TypeScript through tsx.
 *
 * Why a bootstrap in the TypeScript case instead of `execArgv: ['--import', 'tsx']`: on Node 20 the
 * worker's entry module is resolved before the hooks that `--import` registers apply to it
 * ("Unknown file extension .ts"). The bootstrap registers tsx's loader with its API first, then
 * imports the TypeScript entry.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** True in a bundle built by scripts/buildCli.mjs: this module is then part of a `.mjs` file. */
const BUILT = import.meta.url.endsWith('.mjs');

export function toolThread(name: string, options: WorkerOptions = {}): Worker {
  if (BUILT) return new Worker(new URL(`./${name}.mjs`, import.meta.url), options);
  const entry = new URL(`./${name}.ts`, import.meta.url).href;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
